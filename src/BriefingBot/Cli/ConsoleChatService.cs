using Microsoft.Extensions.Hosting;

namespace BriefingBot.Cli;

/// <summary>Runs the console chat until "quit" or the end of input, then stops the host it runs in.</summary>
public sealed class ConsoleChatService(ChatConsole console, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await console.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
