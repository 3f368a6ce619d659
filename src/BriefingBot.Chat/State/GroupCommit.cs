using LiteDB;

namespace BriefingBot.Chat.State;

/// <summary>
/// Writes to the chat state file that requests make side by side, committed behind them and together: a request queues its
/// change and goes on (the file never holds up a reply); one flush on the thread pool, a moment later (or as soon as
/// <see cref="FlushSize"/> changes wait), commits everything queued by then in one transaction, again until the queue is
/// empty, and closing the store commits what is left. What the state holds costs little when a crash loses the last few
/// writes: an update answered again, a More button that says it is no longer valid.
/// </summary>
internal sealed class GroupCommit(LiteDatabase db, Action<Exception> failed, TimeProvider? time = null)
{
    private readonly Lock _queueLock = new();
    private readonly Lock _commitLock = new();
    private Batch _queued = new();
    private Task _flushing = Task.CompletedTask;
    private bool _flushScheduled;
    private TaskCompletionSource _full = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// How many queued changes start a flush before its moment: a commit's work grows with its changes, and one that took
    /// a whole busy window's (hundreds of answers) held a core for milliseconds while requests waited for it.
    /// </summary>
    internal const int FlushSize = 64;

    // How long a flush waits for more changes before it commits: a state file commit costs a flush to disk (milliseconds),
    // so under load one commit serves every request of the window.
    internal static readonly TimeSpan FlushWindow = TimeSpan.FromMilliseconds(100);

    /// <summary>Queues <paramref name="change"/> and returns at once; a failed commit is reported, not thrown.</summary>
    public void Defer(Action change)
    {
        lock (_queueLock)
        {
            _queued.Changes.Add(change);
            if (!_flushScheduled)
            {
                _flushScheduled = true;
                var full = _full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var moment = Task.Delay(FlushWindow, time ?? TimeProvider.System);
                _flushing = Task.Run(async () =>
                {
                    await Task.WhenAny(moment, full.Task).ConfigureAwait(false);
                    FlushDeferred();
                });
            }
            else if (_queued.Changes.Count >= FlushSize)
            {
                _full.TrySetResult();
            }
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

    // Commits until the queue is empty; a change deferred after the last look schedules another run.
    private void FlushDeferred()
    {
        while (true)
        {
            Batch queued;
            lock (_queueLock)
            {
                queued = _queued;
                if (queued.Changes.Count == 0)
                {
                    _flushScheduled = false;
                    return;
                }
            }

            CommitUpTo(queued);
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
                _queued = new Batch();
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
        }
    }

    // The changes queued while the last commit ran; read and written under the locks above.
    private sealed class Batch
    {
        public List<Action> Changes { get; } = [];

        public bool Done { get; set; }
    }
}
