namespace BriefingBot.Chat.State;

/// <summary>
/// Remembers which platform updates have been taken, so a re-delivered update is not answered twice: the most recent
/// ids in memory (bounded) and in the state file (pruned to the same bound), so a restart remembers them too.
/// </summary>
public sealed class UpdateLedger
{
    private readonly ChatStateStore _store;
    private readonly TimeProvider _time;
    private readonly int _capacity;
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
    }

    /// <summary>True the first time an update is seen; false for every later delivery of it.</summary>
    public bool TryTake(string platform, string updateId)
    {
        var key = platform + ":" + updateId;
        lock (_lock)
        {
            if (_recent.Contains(key) || _store.Updates.FindById(key) is not null)
            {
                return false;
            }

            _recent.Add(key);
            _order.Enqueue(key);
            if (_order.Count > _capacity)
            {
                _recent.Remove(_order.Dequeue());
            }

            _store.Updates.Upsert(new SeenUpdate { Id = key, At = _time.GetUtcNow().UtcDateTime });
            if (++_sincePrune >= Math.Max(16, _capacity / 10))
            {
                _sincePrune = 0;
                Prune();
            }

            return true;
        }
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
