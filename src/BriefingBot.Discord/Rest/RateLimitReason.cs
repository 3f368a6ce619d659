namespace BriefingBot.Discord.Rest;

/// <summary>Why a request waited: its bucket was spent, Discord answered 429 for the route, or the bot is globally limited.</summary>
public enum RateLimitReason
{
    BucketExhausted,
    RouteLimited,
    GlobalLimited,
}
