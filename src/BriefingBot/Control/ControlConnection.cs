using System.Buffers.Binary;
using System.Net.Sockets;

namespace BriefingBot.Control;

/// <summary>
/// One connection on the control socket, either end. Frames are a kind byte, a 4-byte big-endian length and the payload.
/// Sends are synchronous and serialised, so the output, error and exit frames of a command arrive in the order written.
/// </summary>
public sealed class ControlConnection(Socket socket) : IDisposable
{
    /// <summary>The largest frame either end accepts; bigger writes are split, a bigger incoming frame ends the connection.</summary>
    public const int MaxPayload = 1024 * 1024;

    private readonly NetworkStream _stream = new(socket, ownsSocket: true);
    private readonly Lock _sending = new();

    /// <exception cref="IOException">The other end has gone.</exception>
    public void Send(ControlFrameKind kind, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[5];
        lock (_sending)
        {
            do
            {
                var part = payload[..Math.Min(payload.Length, MaxPayload)];
                header[0] = (byte)kind;
                BinaryPrimitives.WriteInt32BigEndian(header[1..], part.Length);
                _stream.Write(header);
                _stream.Write(part);
                payload = payload[part.Length..];
            }
            while (!payload.IsEmpty);
        }
    }

    public void SendExit(int code)
    {
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(payload, code);
        Send(ControlFrameKind.Exit, payload);
    }

    /// <summary>The next frame, or null when the other end closed the connection between frames.</summary>
    /// <exception cref="InvalidDataException">The other end sent something that is not a frame.</exception>
    /// <exception cref="IOException">The connection broke in the middle of a frame.</exception>
    public async Task<(ControlFrameKind Kind, byte[] Payload)?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var header = new byte[5];
        var read = await _stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return null;
        }

        if (read < header.Length)
        {
            throw new IOException("The control connection closed in the middle of a frame.");
        }

        var kind = (ControlFrameKind)header[0];
        var length = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(1));
        if (!Enum.IsDefined(kind) || length is < 0 or > MaxPayload)
        {
            throw new InvalidDataException("The control connection carried something that is not a BriefingBot frame.");
        }

        var payload = new byte[length];
        await _stream.ReadExactlyAsync(payload, cancellationToken);
        return (kind, payload);
    }

    public static int ExitCodeOf(byte[] payload) =>
        payload.Length == 4 ? BinaryPrimitives.ReadInt32BigEndian(payload) : throw new InvalidDataException("An exit frame holds 4 bytes.");

    public void Dispose() => _stream.Dispose();
}
