using System.CommandLine;
using BriefingBot.Chat;
using BriefingBot.Control;
using BriefingBot.Core;
using BriefingBot.Core.Library;
using BriefingBot.Hosting;
using BriefingBot.Hosting.Health;
using BriefingBot.Hosting.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli.Commands;

/// <summary>`chat` (the bot in this terminal, no token needed) and `serve` (the bot on its chat platforms).</summary>
public static class ChatCommandsCli
{
    public static string NoAdapterMessage { get; } =
        $"no chat adapter is configured: set {string.Join(", or ", ChatAdapterList.All.Select(a => a.HowToConfigure))}; to try the bot without one, run: BriefingBot chat";

    public static Command Chat(CommandRunner runner)
    {
        var command = new Command("chat", "Talk to the bot in this terminal (the same commands as on Telegram)");
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, async (session, io) =>
        {
            using var input = new StreamReader(io.Terminal.OpenInput());
            // The owner's /add and corrections go through the session's desk (its preview lifetime) and link fetcher, when one is configured.
            await ConsoleChatAdapter.RunAloneAsync(session.Library, session.Answers, new ConsoleChatIo(input, io.Output, Prompt: !io.Terminal.InputRedirected), ct,
                configure: services =>
                {
                    services.AddSingleton(session.Desk);
                    if (session.ArticleFetcher is { } fetcher)
                    {
                        services.AddSingleton(fetcher);
                    }
                });
            return 0;
        }));
        return command;
    }

    public static Command Serve(Option<string?> storeOption, LaunchEnvironment environment)
    {
        var command = new Command("serve", "Run the bot on every chat platform whose credentials are configured");
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var builder = BriefingHostBuilder.Create(parse.GetValue(storeOption), environment);
            var adapters = ChatAdapterList.All.Where(a => a.IsConfigured(builder.Configuration)).ToList();
            if (adapters.Count == 0)
            {
                error.WriteLine($"error: {NoAdapterMessage}");
                return 1;
            }

            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Services.AddBriefingChat(builder.Configuration);
            builder.Services.AddAdapterSupervision(adapters);
            builder.Services.AddHealthEndpoints(builder.Configuration);
            builder.Services.AddControlListener(environment);
            builder.Services.AddServeShutdown(builder.Configuration);
            foreach (var adapter in adapters)
            {
                adapter.AddServices(builder.Services, builder.Configuration);
            }

            try
            {
                using var host = builder.Build();
                var options = host.Services.GetRequiredService<IOptions<LibraryOptions>>().Value;
                if (options.LoadSampleData)
                {
                    host.Services.GetRequiredService<SamplePack>().LoadIfEmpty(host.Services.GetRequiredService<BriefingLibrary>(), LibraryOptions.ResolveShipped(options.SamplePackPath));
                }

                host.Services.GetService<IStartupValidator>()?.Validate(); // one clear line, before the host logs anything
                var supervisor = ServeStartup.Prepare(host.Services);
                await host.StartAsync(ct);
                supervisor.Watch(host.Services.GetServices<IHostedService>());
                await host.WaitForShutdownAsync(ct);
                var fatal = supervisor.Failure; // every configured adapter failed: say why
                if (fatal is not null)
                {
                    error.WriteLine($"error: {fatal}");
                    return 1;
                }

                return 0;
            }
            catch (Exception e) when (e is OptionsValidationException or Core.Storage.StoreException or IOException or UnauthorizedAccessException
                                           or global::Telegram.Bot.Exceptions.ApiRequestException)
            {
                error.WriteLine($"error: {CommandRunner.OneLine(e)}");
                return 1;
            }
        });
        return command;
    }
}
