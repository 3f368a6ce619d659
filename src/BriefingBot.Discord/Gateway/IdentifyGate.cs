using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Keeps Identify within the session start limit shared by all shards: each rate-limit key (<c>shard_id % max_concurrency</c>)
/// identifies at most once per 5 seconds, and when no session starts remain the next waits for <c>reset_after</c>.
/// </summary>
public sealed class IdentifyGate
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly int _maxConcurrency;
    private readonly int _total;
    private readonly Dictionary<int, DateTimeOffset> _nextByKey = [];
    private readonly Lock _gate = new();
    private int _remaining;
    private DateTimeOffset _resetAt;

    public IdentifyGate(SessionStartLimit limit, TimeProvider time)
    {
        _time = time;
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _total = Math.Max(1, limit.Total);
        _remaining = limit.Remaining;
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
    }

    /// <summary>Session starts left before the reset.</summary>
    public int Remaining
    {
        get
        {
            lock (_gate)
            {
                return _remaining;
            }
        }
    }

    /// <summary>How long shard <paramref name="shardId"/> must wait before it may identify (it takes its slot at once).</summary>
    public TimeSpan Reserve(int shardId)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var key = shardId % _maxConcurrency;
            var at = _nextByKey.TryGetValue(key, out var next) && next > now ? next : now;
            if (_remaining <= 0)
            {
                at = at > _resetAt ? at : _resetAt;
                _remaining = _total;
                _resetAt = at + TimeSpan.FromDays(1);
            }

            _remaining--;
            _nextByKey[key] = at + Window;
            return at - now;
        }
    }

    public async Task WaitAsync(int shardId, CancellationToken cancellationToken)
    {
        var delay = Reserve(shardId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
