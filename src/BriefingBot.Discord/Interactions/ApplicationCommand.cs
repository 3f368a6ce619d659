namespace BriefingBot.Discord.Interactions;

/// <summary>A command as sent to the bulk overwrite endpoints. Context-menu commands have an empty description and no options.</summary>
public sealed record ApplicationCommand(string Name, string Description, ApplicationCommandType Type = ApplicationCommandType.ChatInput)
{
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bits a member needs to see the command ("32": Manage Server); null for everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }
}
