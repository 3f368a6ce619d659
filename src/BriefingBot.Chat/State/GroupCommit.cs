using BriefingBot.Core.Storage;
using LiteDB;

namespace BriefingBot.Chat.State;

/// <summary>
/// Writes to the chat state file that requests make side by side, committed together: each caller queues its change and
/// returns once a transaction holding it has committed. Whoever finds no commit running writes every change queued so far
/// in one transaction, so concurrent requests share a commit instead of each waiting for the file in turn.
/// </summary>
internal sealed class GroupCommit(LiteDatabase db)
{
    private readonly Lock _queueLock = new();
    private readonly Lock _commitLock = new();
    private Batch _queued = new();

    /// <summary>Runs <paramref name="change"/> in a committed transaction (perhaps with others' changes); throws what made that commit fail.</summary>
    public void Write(Action change)
    {
        Batch mine;
        lock (_queueLock)
        {
            mine = _queued;
            mine.Changes.Add(change);
        }

        lock (_commitLock)
        {
            // Committed by whoever held the lock before: done. Otherwise it is still the queued batch, and ours to commit.
            if (!mine.Done)
            {
                lock (_queueLock)
                {
                    _queued = new Batch();
                }

                Commit(mine);
            }
        }

        if (mine.Failure is { } failure)
        {
            throw new StoreException($"The chat state could not be written: {failure.Message}", failure);
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
            batch.Failure = e;
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

        public Exception? Failure { get; set; }
    }
}
