namespace BriefingBot.Telegram.Updates;

/// <summary>
/// The updates the poller has in hand and the offset it may ask Telegram from. Telegram forgets every update below the
/// offset of a getUpdates call, so the offset (kept in the chat state file) moves past an update only once it and every
/// earlier one are finished with (answered, or given up); later updates are answered meanwhile. An update a stop
/// abandoned holds the offset for the rest of the run, so it is delivered again after the restart.
/// </summary>
public sealed class OffsetWatermark
{
    private readonly UpdateOffsetStore _store;
    private readonly Lock _lock = new();

    // Update id → null while being answered, true when finished, false when abandoned by a stop.
    private readonly SortedDictionary<int, bool?> _inHand = [];
    private readonly List<Task> _settling = [];
    private TaskCompletionSource _advanced = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int? _offset;

    public OffsetWatermark(UpdateOffsetStore store)
    {
        _store = store;
        _offset = store.Load();
    }

    /// <summary>Where to ask getUpdates from: just past the last update that, with all before it, is finished.</summary>
    public int? Offset
    {
        get
        {
            lock (_lock)
            {
                return _offset;
            }
        }
    }

    /// <summary>Completes the next time <see cref="Offset"/> moves.</summary>
    public Task Advanced
    {
        get
        {
            lock (_lock)
            {
                return _advanced.Task;
            }
        }
    }

    /// <summary>True for an update below the offset or taken in this run (getUpdates hands it out again until the offset passes it).</summary>
    public bool IsTaken(int updateId)
    {
        lock (_lock)
        {
            return updateId < _offset || _inHand.ContainsKey(updateId);
        }
    }

    /// <summary>Takes an update; <paramref name="finished"/> completes when it is finished with and is cancelled when a stop abandoned it.</summary>
    public void Track(int updateId, Task finished)
    {
        lock (_lock)
        {
            _inHand[updateId] = null;
            _settling.RemoveAll(t => t.IsCompleted);
            _settling.Add(SettleAsync(updateId, finished));
        }
    }

    /// <summary>Completes once every update taken so far is finished or abandoned and the offset is stored.</summary>
    public Task WhenSettledAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_settling);
        }
    }

    private async Task SettleAsync(int updateId, Task finished)
    {
        var done = true;
        try
        {
            await finished.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            done = false;
        }

        lock (_lock)
        {
            _inHand[updateId] = done;
            int? next = null;
            while (_inHand.Count > 0 && _inHand.First() is { Value: true } first)
            {
                next = first.Key + 1;
                _inHand.Remove(first.Key);
            }

            if (next is { } offset)
            {
                _offset = offset;
                _store.Save(offset);
                _advanced.TrySetResult();
                _advanced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
