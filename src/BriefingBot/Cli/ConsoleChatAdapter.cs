using BriefingBot.Chat;
using BriefingBot.Chat.Adapters;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Cli;

/// <summary>
/// The terminal as a chat adapter: lines in, plain text out, through the dispatcher registered by <c>AddBriefingChat</c> like
/// every platform's. It needs the terminal `chat` owns, so `serve` never runs it: `chat` runs it alone.
/// </summary>
public sealed class ConsoleChatAdapter(ConsoleChatIo io) : IChatAdapter
{
    public const string Platform = "console";

    public string Name => Platform;

    public string HowToConfigure => "nothing: run BriefingBot chat";

    public Type ServiceType => typeof(ConsoleChatService);

    public bool IsConfigured(IConfiguration configuration) => false;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(io);
        services.AddSingleton(sp => new ChatConsole(sp.GetRequiredService<ChatDispatcher>(), io.Input, io.Output, io.Prompt));
        services.AddHostedService<ConsoleChatService>();
    }

    public IReadOnlyList<AdapterListener> Listeners(IServiceProvider services) => [];

    /// <summary>
    /// Runs the console chat over an opened library until "quit" or the end of input: the chat layer registered as `serve`
    /// registers it (its state in memory), this adapter's services, and a host that stops when the chat does.
    /// </summary>
    /// <param name="configure">Adds services the commands use (the owner's curation desk and link fetcher).</param>
    public static async Task RunAloneAsync(BriefingLibrary library, AnswerComposer composer, ConsoleChatIo io, CancellationToken cancellationToken,
        Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new($"{ChatOptions.Section}:{nameof(ChatOptions.StatePath)}", "")]);
        builder.Services.AddSingleton(library).AddSingleton(composer);
        configure?.Invoke(builder.Services);
        builder.Services.AddStandaloneDesk(library, TimeProvider.System);
        builder.Services.AddBriefingChat(builder.Configuration);
        new ConsoleChatAdapter(io).AddServices(builder.Services, builder.Configuration);
        using var host = builder.Build();
        var chat = host.Services.GetServices<IHostedService>().OfType<ConsoleChatService>().Single();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);

        // A failure of the chat is the caller's to report (the host would only log it).
        await (chat.ExecuteTask ?? Task.CompletedTask).ConfigureAwait(false);
    }
}
