namespace BriefingBot.Chat;

/// <summary>One chat command (/ask, /quotes …): what it is called and how it answers. Every platform calls the same handlers.</summary>
public interface IChatCommand
{
    ChatCommandInfo Info { get; }

    ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken);
}

/// <summary>A command's name (lower case, no slash), one-line description, and its options for platforms with structured commands.</summary>
public sealed record ChatCommandInfo(string Name, string Description, IReadOnlyList<ChatCommandOption> Options)
{
    /// <summary>Hidden commands (/start) are handled but not advertised in menus.</summary>
    public bool Hidden { get; init; }

    /// <summary>"/quotes SPEAKER [TOPIC]".</summary>
    public string Usage => "/" + Name + string.Concat(Options.Select(o => o.Required ? $" {o.Name.ToUpperInvariant()}" : $" [{o.Name.ToUpperInvariant()}]"));
}

/// <summary>A command option: Discord shows it as a slash-command option; text platforms read it from the arguments in order.</summary>
public sealed record ChatCommandOption(string Name, string Description, bool Required, int MaxLength, bool Autocomplete = false);
