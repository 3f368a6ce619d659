namespace BriefingBot.Discord.Interactions;

/// <summary>A member of a guild: on interactions with the user and their permissions in the channel; on messages, roles only.</summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Permissions { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }
}
