namespace BriefingBot.Discord.Gateway;

/// <summary>A gateway session as kept across a restart: what Resume needs, the URL to resume it on, and the bot's user id (READY, which carries it, is not sent again).</summary>
public sealed record GatewaySession(string SessionId, string ResumeGatewayUrl, int? Sequence, string? BotUserId);
