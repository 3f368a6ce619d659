using System.Threading.Channels;

namespace BriefingBot.Control;

/// <summary>
/// The standard input of a forwarded command: asks the client for it on the first read (a command that reads none never
/// waits on the client's terminal), then yields the bytes of the client's input frames until its end.
/// </summary>
public sealed class ForwardedInputStream(ControlConnection connection) : Stream
{
    private readonly Channel<byte[]> _chunks = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private int _asked;
    private ReadOnlyMemory<byte> _current;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Passes on a chunk of the client's input (waits while the command has not read the earlier ones).</summary>
    public ValueTask AddAsync(byte[] chunk, CancellationToken cancellationToken) => _chunks.Writer.WriteAsync(chunk, cancellationToken);

    /// <summary>The client's input has ended (or the client has gone): reads return 0 once the rest is read.</summary>
    public void Complete() => _chunks.Writer.TryComplete();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _asked, 1) == 0)
        {
            connection.Send(ControlFrameKind.InputWanted, []);
        }

        while (_current.IsEmpty)
        {
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken))
            {
                return 0;
            }

            _chunks.Reader.TryRead(out var chunk);
            _current = chunk ?? ReadOnlyMemory<byte>.Empty;
        }

        var count = Math.Min(buffer.Length, _current.Length);
        _current[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
