namespace BriefingBot.Chat.State;

/// <summary>
/// Remembers which platform updates have been answered, so a re-delivered update is not answered twice. An update is
/// first taken (in memory only: a second delivery meanwhile is dropped), then either recorded as answered — in memory
/// (bounded) and in the state file (pruned to the same bound), so a restart remembers it — or released, so its next
/// delivery is answered. A crash forgets what was taken but not yet answered: the platform delivers it again after the
/// restart and it is answered then, rather than lost. The answered updates are read from the file once, when the ledger is
/// made (one ledger per state file), so taking an update reads nothing from it. Answered updates are written behind the
/// requests (a crash before the commit costs a repeat, as a crash just before the reply would), those answered in the
/// same moment as one record: under load the file gains a record per write, not per answer.
/// </summary>
public sealed class UpdateLedger
{
    private readonly ChatStateStore _store;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly HashSet<UpdateKey> _taken = [];
    private readonly HashSet<UpdateKey> _recent = [];
    private readonly Queue<UpdateKey> _order = new();
    private readonly List<UpdateKey> _unwritten = [];
    private readonly Lock _lock = new();

    // The file's batches, oldest first, and how many answered updates they hold: read and written by the ledger's writes,
    // which run one at a time, so pruning needs no query of the file.
    private readonly LinkedList<(int Id, int Count)> _batches = new();
    private int _stored;

    public UpdateLedger(ChatStateStore store, TimeProvider time, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _time = time;
        _capacity = capacity;

        // Oldest first, so the memory forgets them in the order the file does: records of older files, then the batches.
        var earlier = store.Updates.FindAll().OrderBy(u => u.At).Select(u => u.Id).ToList();
        earlier.ForEach(key => Remember(UpdateKey.Parse(key)));
        foreach (var batch in store.Answered.Query().OrderBy(b => b.Id).ToEnumerable())
        {
            batch.Keys.ForEach(key => Remember(UpdateKey.Parse(key)));
            _batches.AddLast((batch.Id, batch.Keys.Count));
            _stored += batch.Keys.Count;
        }

        if (earlier.Count > 0)
        {
            // Moved into one batch, older than every other; the old records go.
            var moved = earlier.TakeLast(capacity).ToList();
            store.Writes.Defer(() =>
            {
                var id = FirstBatchId();
                store.Answered.Insert(new AnsweredBatch { Id = id, At = time.GetUtcNow().UtcDateTime, Keys = moved });
                store.Updates.DeleteAll();
                _batches.AddFirst((id, moved.Count));
                _stored += moved.Count;
            });
        }
    }

    /// <summary>True when the update is neither answered nor being answered; it is then being answered until <see cref="Complete"/> or <see cref="Release"/>.</summary>
    public bool TryTake(string platform, string updateId)
    {
        var key = Key(platform, updateId);
        lock (_lock)
        {
            return !_recent.Contains(key) && _taken.Add(key);
        }
    }

    /// <summary>Records a taken update as answered, here and in the state file: no later delivery of it is answered.</summary>
    /// <remarks>
    /// Called right after the reply was sent; returns without waiting for the file: the record is committed behind the
    /// request (with the pruning of old records when it is due), and a crash before that makes the update answered again
    /// after the restart (at least once). Closing the state store commits it.
    /// </remarks>
    public void Complete(string platform, string updateId)
    {
        var key = Key(platform, updateId);
        lock (_lock)
        {
            _taken.Remove(key);
            if (!Remember(key))
            {
                return;
            }

            _unwritten.Add(key);
        }

        // The first write to run takes every update answered by then; the others find nothing left. (Queued for each
        // answer, not once: a commit that failed before running it must not leave the ledger waiting for it.)
        _store.Writes.Defer(WriteUnwritten);
    }

    /// <summary>Gives a taken update back unanswered (its reply never went out): its next delivery is answered.</summary>
    public void Release(string platform, string updateId)
    {
        lock (_lock)
        {
            _taken.Remove(Key(platform, updateId));
        }
    }

    private static UpdateKey Key(string platform, string updateId) => UpdateKey.Of(platform, updateId);

    // Adds an answered key to the bounded memory (false: it was there); call under the lock.
    private bool Remember(UpdateKey key)
    {
        if (!_recent.Add(key))
        {
            return false;
        }

        _order.Enqueue(key);
        if (_order.Count > _capacity)
        {
            _recent.Remove(_order.Dequeue());
        }

        return true;
    }

    // Records every update answered since the last write as one batch, then drops the oldest batches beyond the bound.
    // Runs inside a commit of the state file.
    private void WriteUnwritten()
    {
        List<string> keys;
        lock (_lock)
        {
            keys = _unwritten.ConvertAll(key => key.ToString());
            _unwritten.Clear();
        }

        if (keys.Count == 0)
        {
            return;
        }

        var id = _store.Answered.Insert(new AnsweredBatch { At = _time.GetUtcNow().UtcDateTime, Keys = keys });
        _batches.AddLast((id.AsInt32, keys.Count));
        _stored += keys.Count;
        while (_stored > _capacity && _batches.First is { } oldest && _stored - oldest.Value.Count >= _capacity)
        {
            _store.Answered.Delete(oldest.Value.Id);
            _batches.RemoveFirst();
            _stored -= oldest.Value.Count;
        }
    }

    // An id before every batch's (the records of an older file go first).
    private int FirstBatchId() => Math.Min(0, _batches.First?.Value.Id ?? 0) - 1;
}
