using BriefingBot.Chat.Buttons;
using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Chat;

/// <summary>Registers the chat command layer on top of the engine (<c>AddBriefingCore</c>): state, paging, handlers, dispatcher.</summary>
public static class ChatServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatOptions>()
            .Bind(configuration.GetSection(ChatOptions.Section))
            .Validate(o => o.MaxInputLength is >= 100 and <= 100_000, $"{ChatOptions.Section}:MaxInputLength must be between 100 and 100000.")
            .Validate(o => o.PagingLifetime > TimeSpan.Zero, $"{ChatOptions.Section}:PagingLifetime must be positive (e.g. 2.00:00:00).")
            .Validate(o => o.RememberedUpdates >= 100, $"{ChatOptions.Section}:RememberedUpdates must be at least 100.")
            .Validate(o => o.ListLimit is >= 1 and <= 50, $"{ChatOptions.Section}:ListLimit must be between 1 and 50.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ChatOptions>>().Value);
        services.TryAddSingleton(sp => ChatStateStore.Open(sp.GetRequiredService<ChatOptions>().StatePath,
            sp.GetService<ILogger<ChatStateStore>>()));
        services.TryAddSingleton(sp => new UpdateLedger(sp.GetRequiredService<ChatStateStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ChatOptions>().RememberedUpdates));
        services.TryAddSingleton(sp => new PagingStore(sp.GetRequiredService<ChatStateStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ChatOptions>().PagingLifetime));
        services.TryAddSingleton<PagedAnswers>();
        services.TryAddSingleton(sp => new CommandButtons(sp.GetRequiredService<ChatStateStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ChatOptions>().PagingLifetime));
        services.AddChatCommands();
        services.AddMetrics();
        services.TryAddSingleton<ChatMetrics>();
        services.TryAddSingleton<ChatDispatcher>();
        return services;
    }

    /// <summary>
    /// Registers every <see cref="IChatCommand"/> and <see cref="IAutocompleteSource"/> of this assembly, and the catalog
    /// over them: a new command is one class here (and its tests), nothing else.
    /// </summary>
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        foreach (var type in typeof(IChatCommand).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IChatCommand).IsAssignableFrom(type))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IChatCommand), type));
            }

            if (typeof(IAutocompleteSource).IsAssignableFrom(type))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IAutocompleteSource), type));
            }
        }

        services.TryAddSingleton<ChatCommandCatalog>();
        return services;
    }

    /// <summary>
    /// The moderators' desk with default settings over an opened library, for chats that run without the host's engine
    /// registration (console chat, tests, the benchmark); a desk already registered stays.
    /// </summary>
    public static IServiceCollection AddStandaloneDesk(this IServiceCollection services, BriefingLibrary library, TimeProvider time)
    {
        services.TryAddSingleton(new ArticleReader());
        services.TryAddSingleton<IQuoteExtractor, QuoteExtractor>();
        services.TryAddSingleton(sp => new ArticleIngestor(sp.GetRequiredService<ArticleReader>(), sp.GetRequiredService<IQuoteExtractor>(), library, time));
        services.TryAddSingleton(Options.Create(new CurationOptions()));
        services.TryAddSingleton<CurationDesk>();
        return services;
    }

    /// <summary>A dispatcher over an opened library without a host (console chat, tests, the benchmark), with the same commands as <see cref="AddBriefingChat"/>.</summary>
    /// <param name="configure">Adds or replaces services the commands use (an <c>IArticleFetcher</c> for /add LINK, say).</param>
    public static ChatDispatcher CreateDispatcher(BriefingLibrary library, AnswerComposer composer, ChatStateStore state, ChatOptions options,
        TimeProvider time, ILogger<ChatDispatcher>? logger = null, ChatMetrics? metrics = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(library)
            .AddSingleton(composer)
            .AddSingleton(options)
            .AddSingleton(time)
            .AddSingleton(new PagingStore(state, time, options.PagingLifetime))
            .AddSingleton(new CommandButtons(state, time, options.PagingLifetime))
            .AddSingleton<PagedAnswers>();
        configure?.Invoke(services);
        services.AddStandaloneDesk(library, time);
        services.AddChatCommands();
        var commands = services.BuildServiceProvider();
        return new ChatDispatcher(commands.GetRequiredService<ChatCommandCatalog>(), commands.GetRequiredService<PagedAnswers>(),
            new UpdateLedger(state, time, options.RememberedUpdates), options, logger, metrics, commands.GetRequiredService<CommandButtons>());
    }
}
