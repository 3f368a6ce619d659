namespace BriefingBot.Discord.Rest;

/// <summary>Why a request waited: its bucket was spent, Discord answered 429 for the route, or the bot is globally limited.</summary>
public enum RateLimitReason
{
    BucketExhausted,
    RouteLimited,
    GlobalLimited,
}

/// <summary>One wait the rate limiter is about to make (reported before it waits: metrics, logs, tests).</summary>
public sealed record RateLimitWait(string Route, RateLimitReason Reason, TimeSpan Delay);
