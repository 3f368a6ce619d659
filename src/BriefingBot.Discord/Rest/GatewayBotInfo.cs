namespace BriefingBot.Discord.Rest;

/// <summary>GET /gateway/bot: the gateway URL, the recommended shard count and the session start limit.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>How many sessions the bot may still start, when that count resets, and how many may identify per 5 seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
