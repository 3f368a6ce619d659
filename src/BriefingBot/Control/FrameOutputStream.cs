namespace BriefingBot.Control;

/// <summary>
/// A write-only stream that sends each write as one frame of the given kind (standard output or error of a forwarded command).
/// Once the client has gone, writes are dropped and <see cref="ClientGone"/> is cancelled, so the command stops soon.
/// </summary>
public sealed class FrameOutputStream(ControlConnection connection, ControlFrameKind kind, CancellationTokenSource clientGone) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Cancelled when a write finds the client gone.</summary>
    public CancellationToken ClientGone => clientGone.Token;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty || clientGone.IsCancellationRequested)
        {
            return;
        }

        try
        {
            connection.Send(kind, buffer);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            clientGone.Cancel();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
