using BriefingBot.Chat;
using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Testing.Chat;

/// <summary>A real library with made-up Peskov quotes, a chat state file, fake time and the dispatcher over them.</summary>
public sealed class ChatTestBed : IDisposable
{
    public static readonly DateTimeOffset March = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _folder = new();
    private readonly List<IChatCommand> _extra = [];
    private ChatStateStore _state;

    private readonly Action<IServiceCollection>? _configure;

    /// <param name="configure">Services to add for the commands (a test double of the article fetcher, say).</param>
    public ChatTestBed(ChatOptions? options = null, Action<IServiceCollection>? configure = null)
    {
        _configure = configure;
        Options = options ?? new ChatOptions();
        StatePath = _folder.File("chat-state.db");
        _state = ChatStateStore.Open(StatePath);
        Dispatcher = Build();
    }

    public TestLibrary Test { get; } = new();

    public FakeTimeProvider Time { get; } = new(March.AddDays(30));

    public ChatOptions Options { get; }

    public string StatePath { get; }

    public ChatStateStore State => _state;

    public AnswerComposer Composer => new(Test.Library, new AnswerOptions());

    public ChatDispatcher Dispatcher { get; private set; }

    /// <summary>Seven quotes from Peskov on bans (so answers page at five), one from Lavrov, one with markup-like text.</summary>
    public ChatTestBed WithPeskovArticles()
    {
        Test.AddArticle("Kremlin says bans are a last resort", March,
            ("Bans on foreign platforms are a last resort and never a goal in themselves", "Dmitry Peskov"),
            ("Nobody here wants bans, but the law on platforms has to be respected", "Dmitry Peskov"),
            ("The ministry will present its report on elections next week", "Sergey Lavrov"));
        Test.AddArticle("Spokesman on fines & <b>bold</b> bans <script>alert(1)</script>", March.AddDays(1),
            ("Fines come first, and bans only if <b>nothing</b> else works & the platform refuses", "Dmitry Peskov"),
            ("We see no reason to discuss new bans this month", "Dmitry Peskov"));
        Test.AddArticle("Peskov answers questions on platform bans", March.AddDays(2),
            ("The question of bans is for the regulator to answer, not for the Kremlin", "Dmitry Peskov"),
            ("Any bans would be temporary and would follow the court decisions", "Dmitry Peskov"),
            ("We hope the platforms remove the banned content so that bans are not needed", "Dmitry Peskov"));
        return this;
    }

    /// <summary>Adds a command (a test's own) to the catalog next to the real ones, in place of one of the same name, and rebuilds the dispatcher.</summary>
    public ChatTestBed With(IChatCommand command)
    {
        _extra.Add(command);
        Dispatcher = Build();
        return this;
    }

    /// <summary>Closes and reopens the chat state file and builds a new dispatcher, as a restart of the bot would.</summary>
    public void Restart()
    {
        _state.Dispose();
        _state = ChatStateStore.Open(StatePath);
        Dispatcher = Build();
    }

    private ChatDispatcher Build() =>
        ChatServiceCollectionExtensions.CreateDispatcher(Test.Library, Composer, _state, Options, Time, configure: services =>
        {
            // An added command stands in for a registered one of the same name (a recording /add, say).
            services.AddSingleton(sp => new ChatCommandCatalog(
                sp.GetServices<IChatCommand>().Where(c => !_extra.Exists(e => e.Info.Name == c.Info.Name)).Concat(_extra),
                sp.GetServices<IAutocompleteSource>()));
            _configure?.Invoke(services);
        });

    public void Dispose()
    {
        _state.Dispose();
        Test.Dispose();
        _folder.Dispose();
    }
}
