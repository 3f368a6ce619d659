using System.Diagnostics.Metrics;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord;

/// <summary>The Discord adapter's instruments (meter "BriefingBot.Discord"): REST rate-limit waits and gateway reconnects.</summary>
public sealed class DiscordMetrics
{
    public const string MeterName = "BriefingBot.Discord";

    private readonly Counter<long> _waits;
    private readonly Counter<double> _waited;
    private readonly Counter<long> _reconnects;

    public DiscordMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _waits = meter.CreateCounter<long>("briefingbot.discord.rate_limit.waits", "{wait}",
            "REST requests held back for a rate limit, by reason (bucket_exhausted, route_limited, global_limited)");
        _waited = meter.CreateCounter<double>("briefingbot.discord.rate_limit.wait_time", "s", "Time REST requests were held back for rate limits, by reason");
        _reconnects = meter.CreateCounter<long>("briefingbot.discord.gateway.reconnects", "{reconnect}", "Gateway connections reopened (resumed or identified again), by shard");
    }

    public void Waited(RateLimitWait wait)
    {
        var tag = new KeyValuePair<string, object?>("reason", ReasonLabel(wait.Reason));
        _waits.Add(1, tag);
        _waited.Add(wait.Delay.TotalSeconds, tag);
    }

    public void Reconnected(int shardId) => _reconnects.Add(1, new KeyValuePair<string, object?>("shard", shardId));

    private static string ReasonLabel(RateLimitReason reason) => reason switch
    {
        RateLimitReason.BucketExhausted => "bucket_exhausted",
        RateLimitReason.RouteLimited => "route_limited",
        RateLimitReason.GlobalLimited => "global_limited",
        _ => "other",
    };
}
