namespace BriefingBot.Chat.State;

/// <summary>
/// Remembers which platform updates have been answered, so a re-delivered update is not answered twice. An update is
/// first taken (in memory only: a second delivery meanwhile is dropped), then either recorded as answered — in memory
/// (bounded) and in the state file (pruned to the same bound), so a restart remembers it — or released, so its next
/// delivery is answered. A crash forgets what was taken but not yet answered: the platform delivers it again after the
/// restart and it is answered then, rather than lost. The answered updates are read from the file once, when the ledger is
/// made (one ledger per state file), so taking an update reads nothing from it; the record of an answered update is
/// written behind the request (a crash before it is committed costs a repeat, as a crash just before the reply would), and
/// records of replies that complete together share one commit.
/// </summary>
public sealed class UpdateLedger
{
    private readonly ChatStateStore _store;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recent = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();
    private int _sincePrune;

    public UpdateLedger(ChatStateStore store, TimeProvider time, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _time = time;
        _capacity = capacity;

        // Oldest first, so the memory forgets them in the order the file does.
        foreach (var seen in store.Updates.Query().OrderByDescending(u => u.At).Limit(capacity).ToList().AsEnumerable().Reverse())
        {
            Remember(seen.Id);
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
        bool prune;
        lock (_lock)
        {
            _taken.Remove(key);
            if (!Remember(key))
            {
                return;
            }

            prune = ++_sincePrune >= Math.Max(16, _capacity / 10);
            if (prune)
            {
                _sincePrune = 0;
            }
        }

        var record = new SeenUpdate { Id = key, At = _time.GetUtcNow().UtcDateTime };
        _store.Writes.Defer(() =>
        {
            _store.Updates.Upsert(record);
            if (prune)
            {
                Prune();
            }
        });
    }

    /// <summary>Gives a taken update back unanswered (its reply never went out): its next delivery is answered.</summary>
    public void Release(string platform, string updateId)
    {
        lock (_lock)
        {
            _taken.Remove(Key(platform, updateId));
        }
    }

    private static string Key(string platform, string updateId) => platform + ":" + updateId;

    // Adds an answered key to the bounded memory (false: it was there); call under the lock.
    private bool Remember(string key)
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

    private void Prune()
    {
        var excess = _store.Updates.Count() - _capacity;
        if (excess <= 0)
        {
            return;
        }

        var oldest = _store.Updates.Query().OrderBy(u => u.At).Limit(excess).ToList().Select(u => u.Id).ToList();
        foreach (var id in oldest)
        {
            _store.Updates.Delete(id);
        }
    }
}
