namespace BriefingBot.Core.Storage;

/// <summary>
/// LiteDB's log file (its write-ahead log), forced to disk once before and once after each commit's confirming page instead of
/// after every page: LiteDB 5 flushes its log to disk each time its writer queue runs dry, which with the queue emptied at every
/// page made a commit of N pages cost N synchronous writes.
/// </summary>
/// <remarks>
/// LiteDB marks the last page of a committed transaction as confirmed (a byte in the page header); on open it replays only
/// confirmed transactions. Syncing everything written before that page, writing it, then syncing again keeps LiteDB's guarantee:
/// a transaction is either wholly on disk with its confirmation or not confirmed at all, and a commit returns only once it is
/// durable. Pages of a transaction not yet confirmed need no sync: a crash discards them anyway.
/// <para>
/// LiteDB writes the log from its own writer thread, usually within the commit but later when the writer is still busy, so
/// a commit is on disk once that thread has drained its queue: the same guarantee as LiteDB's own file mode.
/// </para>
/// </remarks>
internal sealed class CommitSyncedLog(FileStream file) : Stream
{
    // LiteDB 5 (file format 8): 8 KiB pages, the "is confirmed" flag at byte 18 of the page header.
    internal const int PageSize = 8192;
    internal const int ConfirmedFlagOffset = 18;

    // A monitor rather than a Lock: tests wait on it for a commit to reach the disk.
    private readonly object _gate = new();
    private bool _unsynced;
    private bool _confirmedSinceSync;
    private bool _disposed;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => file.Length;

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    /// <summary>Times the log was forced to disk (for tests).</summary>
    internal int Syncs { get; private set; }

    /// <summary>Confirmed commits forced to disk so far.</summary>
    internal int ConfirmedSyncs { get; private set; }

    /// <summary>Test hook: called when a commit's pages are on disk and its confirming page is about to be written.</summary>
    internal Action? BeforeConfirming { get; set; }

    public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void SetLength(long value)
    {
        lock (_gate)
        {
            file.SetLength(value);
            _unsynced = true;
        }
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_gate)
        {
            var confirms = count == PageSize && buffer[offset + ConfirmedFlagOffset] != 0;
            if (confirms)
            {
                // Everything the confirmation vouches for reaches the disk before it does.
                Sync();
                BeforeConfirming?.Invoke();
            }

            file.Write(buffer, offset, count);
            _unsynced = true;
            _confirmedSinceSync |= confirms;
        }
    }

    /// <summary>LiteDB's flush after its writer queue empties: forced to disk only when a commit was confirmed since the last sync.</summary>
    public override void Flush()
    {
        lock (_gate)
        {
            if (_confirmedSinceSync)
            {
                Sync();
            }
            else
            {
                file.Flush(flushToDisk: false);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    Sync();
                    file.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>Waits until at least <paramref name="count"/> confirmed commits are on disk (for tests); false on time-out.</summary>
    internal bool WaitForConfirmedSyncs(int count, TimeSpan timeout)
    {
        lock (_gate)
        {
            while (ConfirmedSyncs < count)
            {
                if (!Monitor.Wait(_gate, timeout))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private void Sync()
    {
        if (!_unsynced)
        {
            return;
        }

        file.Flush(flushToDisk: true);
        Syncs++;
        if (_confirmedSinceSync)
        {
            ConfirmedSyncs++;
            Monitor.PulseAll(_gate);
        }

        _unsynced = false;
        _confirmedSinceSync = false;
    }
}
