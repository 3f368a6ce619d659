using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Checks an HTTP interaction's X-Signature-Ed25519 over X-Signature-Timestamp + body with the application's public key,
/// and refuses timestamps further than <see cref="MaxAge"/> from now (a replayed request).
/// </summary>
public sealed class InteractionSignatureVerifier
{
    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    /// <param name="publicKeyHex">The application's public key from the Developer Portal: 64 hexadecimal digits.</param>
    public InteractionSignatureVerifier(string publicKeyHex, TimeProvider time, TimeSpan? maxAge = null)
    {
        if (!TryHex(publicKeyHex, 32, out var raw))
        {
            throw new ArgumentException("The public key must be 64 hexadecimal digits (the Developer Portal's Public Key).", nameof(publicKeyHex));
        }

        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey);
        _time = time;
        MaxAge = maxAge ?? TimeSpan.FromMinutes(5);
    }

    public TimeSpan MaxAge { get; }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || timestamp.Length > 20 || !TryHex(signatureHex, 64, out var signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > MaxAge)
        {
            return false;
        }

        var stamp = Encoding.ASCII.GetBytes(timestamp);
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    private static bool TryHex(string? hex, int bytes, out byte[] value)
    {
        value = [];
        if (hex is null || hex.Length != bytes * 2)
        {
            return false;
        }

        try
        {
            value = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
