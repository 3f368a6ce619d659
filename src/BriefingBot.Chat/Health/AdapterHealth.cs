namespace BriefingBot.Chat.Health;

/// <summary>
/// The connection state of every chat adapter in the process ("telegram", "discord"), as the adapters report it: read by
/// the readiness check, and by whoever decides the process has nothing left to run when every adapter has failed.
/// </summary>
public sealed class AdapterHealth
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, AdapterStatus> _adapters = new(StringComparer.Ordinal);

    public AdapterHealth(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Raised after an adapter's state changed (not when it reports the state it is already in).</summary>
    public event Action<AdapterStatus>? Changed;

    /// <summary>Every adapter known, in the order they were first reported.</summary>
    public IReadOnlyList<AdapterStatus> Adapters
    {
        get
        {
            lock (_lock)
            {
                return _adapters.Values.ToList();
            }
        }
    }

    /// <summary>At least one adapter is known and every one is connected.</summary>
    public bool AllConnected => Adapters is { Count: > 0 } all && all.All(a => a.State == AdapterState.Connected);

    /// <summary>At least one adapter is known and every one has failed for good.</summary>
    public bool AllFailed => Adapters is { Count: > 0 } all && all.All(a => a.State == AdapterState.Failed);

    public void Starting(string adapter) => Set(adapter, AdapterState.Starting, null);

    public void Connected(string adapter) => Set(adapter, AdapterState.Connected, null);

    /// <summary>Connecting again: reconnecting when the adapter had been connected, otherwise still starting.</summary>
    public void Connecting(string adapter, string? reason = null)
    {
        var state = StateOf(adapter) is AdapterState.Connected or AdapterState.Reconnecting ? AdapterState.Reconnecting : AdapterState.Starting;
        Set(adapter, state, reason);
    }

    public void Failed(string adapter, string reason) => Set(adapter, AdapterState.Failed, reason);

    public void Stopped(string adapter) => Set(adapter, AdapterState.Stopped, null);

    public AdapterState? StateOf(string adapter)
    {
        lock (_lock)
        {
            return _adapters.TryGetValue(adapter, out var status) ? status.State : null;
        }
    }

    private void Set(string adapter, AdapterState state, string? reason)
    {
        AdapterStatus changed;
        lock (_lock)
        {
            if (_adapters.TryGetValue(adapter, out var current) && (current.State == AdapterState.Failed || (current.State == state && current.Reason == reason)))
            {
                return; // a failure is final; repeating the current state is no change
            }

            changed = _adapters[adapter] = new AdapterStatus(adapter, state, reason, _time.GetUtcNow());
        }

        Changed?.Invoke(changed);
    }
}
