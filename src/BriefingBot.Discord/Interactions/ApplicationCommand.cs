namespace BriefingBot.Discord.Interactions;

/// <summary>Application command types: slash commands, and the user and message context-menu commands.</summary>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

/// <summary>Option types the bot's commands use (developers/interactions/application-commands).</summary>
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
#pragma warning disable CA1720 // Discord's own names for its option types
    String = 3,
    Integer = 4,
#pragma warning restore CA1720
    Boolean = 5,
    Attachment = 11,
}

/// <summary>A command as sent to the bulk overwrite endpoints. Context-menu commands have an empty description and no options.</summary>
public sealed record ApplicationCommand(string Name, string Description, ApplicationCommandType Type = ApplicationCommandType.ChatInput)
{
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bits a member needs to see the command ("32": Manage Server); null for everyone.</summary>
    public string? DefaultMemberPermissions { get; init; }
}

/// <summary>A slash-command option; strings carry max_length, autocomplete asks the bot for choices while the user types.</summary>
public sealed record ApplicationCommandOption(ApplicationCommandOptionType Type, string Name, string Description)
{
    public bool? Required { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }
}

/// <summary>One autocomplete suggestion (name shown, value sent back), each at most 100 characters.</summary>
public sealed record ApplicationCommandChoice(string Name, string Value);
