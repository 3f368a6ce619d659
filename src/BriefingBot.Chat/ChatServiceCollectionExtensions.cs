using BriefingBot.Chat.Commands;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
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
        services.TryAddSingleton(sp => ChatStateStore.Open(sp.GetRequiredService<ChatOptions>().StatePath));
        services.TryAddSingleton(sp => new UpdateLedger(sp.GetRequiredService<ChatStateStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ChatOptions>().RememberedUpdates));
        services.TryAddSingleton(sp => new PagingStore(sp.GetRequiredService<ChatStateStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ChatOptions>().PagingLifetime));
        services.TryAddSingleton<PagedAnswers>();
        services.AddSingleton<IChatCommand>(sp => AskCommand.Ask(sp.GetRequiredService<PagedAnswers>()));
        services.AddSingleton<IChatCommand, QuotesCommand>();
        services.AddSingleton<IChatCommand>(sp => AskCommand.Brief(sp.GetRequiredService<PagedAnswers>()));
        services.AddSingleton<IChatCommand, SpeakersCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, ArticleCommand>();
        services.AddSingleton<IChatCommand>(_ => HelpCommand.Help());
        services.AddSingleton<IChatCommand>(_ => HelpCommand.Start());
        services.AddMetrics();
        services.TryAddSingleton<ChatMetrics>();
        services.TryAddSingleton<ChatDispatcher>();
        return services;
    }

    /// <summary>A dispatcher over an opened library without a container (console chat, tests).</summary>
    public static ChatDispatcher CreateDispatcher(BriefingLibrary library, AnswerComposer composer, ChatStateStore state, ChatOptions options,
        TimeProvider time, ILogger<ChatDispatcher>? logger = null, ChatMetrics? metrics = null)
    {
        var paging = new PagedAnswers(composer, new PagingStore(state, time, options.PagingLifetime));
        IChatCommand[] commands =
        [
            AskCommand.Ask(paging), new QuotesCommand(library, paging), AskCommand.Brief(paging), new SpeakersCommand(library, options),
            new SourcesCommand(library, options), new ArticleCommand(library), HelpCommand.Help(), HelpCommand.Start(),
        ];
        return new ChatDispatcher(commands, paging, new UpdateLedger(state, time, options.RememberedUpdates), options, logger, metrics);
    }
}
