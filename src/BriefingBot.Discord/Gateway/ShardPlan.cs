namespace BriefingBot.Discord.Gateway;

/// <summary>How to shard: a fixed count (and optionally which of its shards this process runs), or Discord's recommendation.</summary>
public sealed record ShardPlan(int? ShardCount = null, IReadOnlyList<int>? ShardIds = null)
{
    /// <summary>The shard count and this process's shard ids, given the recommended count from GET /gateway/bot.</summary>
    public (int Count, IReadOnlyList<int> Ids) Resolve(int recommended)
    {
        var count = ShardCount is > 0 ? ShardCount.Value : Math.Max(1, recommended);
        var ids = ShardIds is { Count: > 0 } ? ShardIds.Distinct().Order().ToList() : Enumerable.Range(0, count).ToList();
        if (ids.Any(id => id < 0 || id >= count))
        {
            throw new ArgumentException($"Shard ids must be between 0 and {count - 1} (the shard count).");
        }

        return (count, ids);
    }
}
