namespace BriefingBot.Chat.Catalog;

/// <summary>
/// The registered commands and autocomplete sources, in menu order: what Telegram's command menu, Discord's slash commands
/// and /help are made from, and what the dispatcher routes to.
/// </summary>
public sealed class ChatCommandCatalog
{
    private readonly Dictionary<string, IChatCommand> _byName;
    private readonly Dictionary<string, IAutocompleteSource> _sources;

    public ChatCommandCatalog(IEnumerable<IChatCommand> commands, IEnumerable<IAutocompleteSource> sources)
    {
        Handlers = commands.OrderBy(c => c.Info.MenuOrder).ThenBy(c => c.Info.Name, StringComparer.Ordinal).ToList();
        _byName = new Dictionary<string, IChatCommand>(StringComparer.Ordinal);
        foreach (var command in Handlers)
        {
            if (!_byName.TryAdd(command.Info.Name, command))
            {
                throw new InvalidOperationException($"Two chat commands are called /{command.Info.Name}.");
            }
        }

        _sources = sources.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var unknown = Handlers.SelectMany(c => c.Info.Options).FirstOrDefault(o => o.AutocompleteSource is { } s && !_sources.ContainsKey(s));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"No autocomplete source called {unknown.AutocompleteSource} is registered (option {unknown.Name}).");
        }
    }

    /// <summary>Every command, in menu order.</summary>
    public IReadOnlyList<IChatCommand> Handlers { get; }

    public IReadOnlyList<ChatCommandInfo> All => Handlers.Select(c => c.Info).ToList();

    /// <summary>The commands menus and /help show to everyone.</summary>
    public IReadOnlyList<ChatCommandInfo> Visible => All.Where(c => !c.Hidden && c.Permission == ChatPermission.Everyone).ToList();

    /// <summary>The commands menus show to moderators only.</summary>
    public IReadOnlyList<ChatCommandInfo> ForModerators => All.Where(c => !c.Hidden && c.Permission == ChatPermission.Moderator).ToList();

    public IChatCommand? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Suggestions for an option being typed, or none when the option has no source.</summary>
    public IReadOnlyList<string> Suggest(string command, string option, string typed, int max)
    {
        var source = Find(command)?.Info.Options.FirstOrDefault(o => o.Name == option)?.AutocompleteSource;
        return source is not null && _sources.TryGetValue(source, out var found) ? found.Suggest(typed.Length > 100 ? typed[..100] : typed, max) : [];
    }
}
