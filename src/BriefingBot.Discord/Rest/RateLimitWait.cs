namespace BriefingBot.Discord.Rest;

/// <summary>One wait the rate limiter is about to make (reported before it waits: metrics, logs, tests).</summary>
public sealed record RateLimitWait(string Route, RateLimitReason Reason, TimeSpan Delay);
