namespace BriefingBot.Discord.Rest;

/// <summary>GET /gateway/bot: the gateway URL, the recommended shard count and the session start limit.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
