namespace BriefingBot.Chat;

/// <summary>The commands every platform offers, in menu order: names, descriptions and options in one place.</summary>
public static class ChatCommands
{
    public static readonly ChatCommandInfo Ask = new("ask", "Cited quotes answering a question",
        [new("question", "e.g. what did Peskov say about bans", Required: true, MaxLength: 300)]);

    public static readonly ChatCommandInfo Quotes = new("quotes", "Quotes from one person, optionally on a topic",
        [new("speaker", "Who said it, e.g. Peskov", Required: true, MaxLength: 100, Autocomplete: true),
         new("topic", "What about, e.g. bans", Required: false, MaxLength: 200)]);

    public static readonly ChatCommandInfo Brief = new("brief", "The best quotes and article summaries on a topic",
        [new("topic", "e.g. the Twitter slowdown", Required: true, MaxLength: 200)]);

    public static readonly ChatCommandInfo Speakers = new("speakers", "Who has been quoted",
        [new("prefix", "Only names starting with this", Required: false, MaxLength: 100)]);

    public static readonly ChatCommandInfo Sources = new("sources", "The most recent articles", []);

    public static readonly ChatCommandInfo Article = new("article", "An article's summary and its quotes",
        [new("id", "The article's number (see /sources)", Required: true, MaxLength: 10)]);

    public static readonly ChatCommandInfo Help = new("help", "What this bot can do", []);

    public static readonly ChatCommandInfo Start = new("start", "Start here", []) { Hidden = true };

    public static IReadOnlyList<ChatCommandInfo> All { get; } = [Ask, Quotes, Brief, Speakers, Sources, Article, Help, Start];

    /// <summary>The commands to show in a platform's menu.</summary>
    public static IReadOnlyList<ChatCommandInfo> Visible { get; } = All.Where(c => !c.Hidden).ToList();
}
