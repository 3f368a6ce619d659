namespace BriefingBot.Chat.Catalog;

/// <summary>A command's declaration: name (lower case, no slash), one-line description, options, who may use it, and where menus list it.</summary>
public sealed record ChatCommandInfo(string Name, string Description, IReadOnlyList<ChatCommandOption> Options)
{
    /// <summary>Hidden commands (/start) are handled but not advertised in menus or /help.</summary>
    public bool Hidden { get; init; }

    public ChatPermission Permission { get; init; } = ChatPermission.Everyone;

    /// <summary>Menus and /help list commands by this, lowest first.</summary>
    public int MenuOrder { get; init; }

    /// <summary>"/quotes SPEAKER [TOPIC]".</summary>
    public string Usage => "/" + Name + string.Concat(Options.Select(o => o.Required ? $" {o.Name.ToUpperInvariant()}" : $" [{o.Name.ToUpperInvariant()}]"));
}
