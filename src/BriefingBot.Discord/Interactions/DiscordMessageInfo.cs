namespace BriefingBot.Discord.Interactions;

/// <summary>The parts of a message the bot reads: who wrote it (and, in a guild, their roles), its text and files, whom it mentions, what it replies to.</summary>
public sealed record DiscordMessageInfo
{
    public string Id { get; init; } = "";

    public string? ChannelId { get; init; }

    public string? GuildId { get; init; }

    public DiscordUser? Author { get; init; }

    /// <summary>The author as a guild member (gateway messages in a guild): its roles say whether they moderate.</summary>
    public GuildMember? Member { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<DiscordAttachment>? Attachments { get; init; }

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }

    public DiscordMessageInfo? ReferencedMessage { get; init; }
}
