namespace BriefingBot.Discord.Interactions;

/// <summary>Resolved entities; the bot reads messages (message context-menu commands) and attachments (attachment options).</summary>
public sealed record ResolvedData
{
    public IReadOnlyDictionary<string, DiscordMessageInfo>? Messages { get; init; }

    public IReadOnlyDictionary<string, DiscordAttachment>? Attachments { get; init; }
}
