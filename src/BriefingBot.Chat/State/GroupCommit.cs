using LiteDB;

namespace BriefingBot.Chat.State;

/// <summary>
/// Writes to the chat state file that requests make side by side, committed behind them and together: a request queues its
/// change and goes on (the file never holds up a reply); one flush on the thread pool, a moment later (or as soon as
/// <see cref="FlushSize"/> changes wait), commits everything queued by then in one transaction; what comes meanwhile waits
/// for a moment or a full batch of its own, and closing the store commits what is left. What the state holds costs little when a crash loses the last few
/// writes: an update answered again, a More button that says it is no longer valid.
/// </summary>
internal sealed class GroupCommit(LiteDatabase db, Action<Exception> failed, TimeProvider? time = null)
{
    private readonly Lock _queueLock = new();
    private readonly Lock _commitLock = new();
    private Batch _queued = new() { Number = 1 };
    private long _committed;
    private bool _flushScheduled;
    private TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// How many queued changes start a flush before its moment. A commit's own cost (two syncs of the log, the header and
    /// index pages) outweighs its changes': under load, commits of 64 changes took four times the time of commits of 512
    /// for the same answers, and the requests answered beside them paid for it.
    /// </summary>
    internal const int FlushSize = 512;

    // How long a flush waits for more changes before it commits: at most four commits a second when few requests come, and
    // a crash loses at most this moment's writes.
    internal static readonly TimeSpan FlushWindow = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The number of the last commit that has finished: every change deferred with a number up to it has been committed (or
    /// its commit failed and was reported).
    /// </summary>
    public long Committed => Volatile.Read(ref _committed);

    /// <summary>
    /// Queues <paramref name="change"/> and returns at once with the number of the commit that will carry it (commits finish
    /// in the order of their numbers); a failed commit is reported, not thrown.
    /// </summary>
    public long Defer(Action change)
    {
        lock (_queueLock)
        {
            _queued.Changes.Add(change);
            if (!_flushScheduled)
            {
                ScheduleFlush();
            }
            else if (_queued.Changes.Count >= FlushSize)
            {
                _full.TrySetResult();
            }

            return _queued.Number;
        }
    }

    /// <summary>Commits every change queued so far (closing the store calls it).</summary>
    public void Flush()
    {
        Batch queued;
        lock (_queueLock)
        {
            queued = _queued;
        }

        if (queued.Changes.Count > 0)
        {
            CommitUpTo(queued);
        }
    }

    // Starts the wait for the next flush: its moment, or a full batch, whichever comes first. Call under the queue lock.
    private void ScheduleFlush()
    {
        _flushScheduled = true;
        var full = _full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_queued.Changes.Count >= FlushSize)
        {
            full.TrySetResult();
        }

        var moment = Task.Delay(FlushWindow, time ?? TimeProvider.System);
        _ = Task.Run(async () =>
        {
            await Task.WhenAny(moment, full.Task).ConfigureAwait(false);
            FlushDeferred();
        });
    }

    // Commits what is queued; changes deferred meanwhile wait for a moment or a full batch of their own. (Committing them
    // at once, again and again, kept a core busy under load with commits of a few changes each.)
    private void FlushDeferred()
    {
        Batch queued;
        lock (_queueLock)
        {
            queued = _queued;
        }

        if (queued.Changes.Count > 0)
        {
            CommitUpTo(queued);
        }

        lock (_queueLock)
        {
            if (_queued.Changes.Count == 0)
            {
                _flushScheduled = false;
            }
            else
            {
                ScheduleFlush();
            }
        }
    }

    // Commits the batch holding a change, unless an earlier flush already did; it is then still the queued batch.
    private void CommitUpTo(Batch mine)
    {
        lock (_commitLock)
        {
            if (mine.Done)
            {
                return;
            }

            lock (_queueLock)
            {
                _queued = new Batch { Number = mine.Number + 1 };
            }

            Commit(mine);
        }
    }

    private void Commit(Batch batch)
    {
        try
        {
            db.BeginTrans();
            foreach (var change in batch.Changes)
            {
                change();
            }

            db.Commit();
        }
        catch (Exception e)
        {
            db.Rollback();
            failed(e);
        }
        finally
        {
            batch.Done = true;
            Volatile.Write(ref _committed, batch.Number);
        }
    }

    // The changes queued while the last commit ran; read and written under the locks above.
    private sealed class Batch
    {
        public List<Action> Changes { get; } = [];

        public bool Done { get; set; }

        public long Number { get; init; }
    }
}
