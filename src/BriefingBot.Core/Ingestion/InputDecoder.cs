using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Turns raw bytes into text, refusing input that is empty or not text at all.</summary>
/// <remarks>
/// A byte-order mark wins (UTF-8, UTF-16 LE or BE); then text that is valid UTF-8 is UTF-8; then the charset the file declares
/// (an HTML meta tag or an XML declaration); then Windows-1252, the usual legacy encoding of English and western European
/// news, which decodes every byte to a letter rather than to U+FFFD.
/// </remarks>
internal static partial class InputDecoder
{
    // Legacy 8-bit text is mostly ASCII with a few accented letters; random or compressed bytes are mostly above 0x7F.
    private const double MaxHighByteShare = 0.3;

    // Charset declarations are in a page's head: only so far is looked at.
    private const int DeclarationWindow = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputDecoder()
    {
        // Windows-1252 and the other legacy code pages are not in .NET by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestException("The article is empty.");
        }

        if (ByteOrderMark(bytes) is { } marked)
        {
            string text;
            try
            {
                text = Strict(marked).GetString(bytes[marked.GetPreamble().Length..]);
            }
            catch (DecoderFallbackException)
            {
                throw new IngestException($"The input starts with a {marked.WebName} byte-order mark but is not valid {marked.WebName}.");
            }

            return text.Contains('\0', StringComparison.Ordinal) ? throw BinaryInput() : text;
        }

        if (bytes.Contains((byte)0))
        {
            throw BinaryInput();
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: a legacy encoding, or not text.
        }

        if (DeclaredEncoding(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return declared.GetString(bytes);
        }

        var high = 0;
        foreach (var b in bytes)
        {
            high += b >= 0x80 ? 1 : 0;
        }

        return high > bytes.Length * MaxHighByteShare ? throw BinaryInput() : Encoding.GetEncoding(1252).GetString(bytes);
    }

    /// <summary>Checks text that arrived as a string: the same rules as for bytes, minus decoding.</summary>
    public static void Check(string text)
    {
        if (text.Length == 0)
        {
            throw new IngestException("The article is empty.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw BinaryInput();
        }
    }

    public static void RequireContent(string text)
    {
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            throw new IngestException("The article contains only whitespace.");
        }
    }

    public static IngestException TooLarge(int limit) =>
        new($"The article is larger than the {DescribeSize(limit)} limit.");

    public static string DescribeSize(int bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };

    private static Encoding? ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, 0x00, 0x00, ..] => Encoding.UTF32,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    // The same encoding, but failing on bytes it cannot decode instead of writing U+FFFD.
    private static Encoding Strict(Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return strict;
    }

    // The charset named near the top of the file ("<meta charset=...>", "content=\"text/html; charset=...\"", "<?xml ... encoding=...?>").
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        var match = Declaration().Match(head);
        if (!match.Success)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(match.Groups["name"].Value.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static IngestException BinaryInput() =>
        new("The input looks like a binary file, not text.");

    [GeneratedRegex("""(?:charset|encoding)\s*=\s*["']?(?<name>[A-Za-z0-9_.:-]{2,40})""", RegexOptions.IgnoreCase)]
    private static partial Regex Declaration();
}
