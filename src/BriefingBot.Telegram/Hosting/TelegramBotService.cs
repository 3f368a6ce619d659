using BriefingBot.Chat.Health;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// The Telegram adapter as a hosted service: startup, then polling or the webhook listener. A refused token fails this
/// adapter (reported in <see cref="AdapterHealth"/>); other adapters keep running. Stopping ends the polling (or
/// listening) first, lets the update in hand finish and the queued replies go out, then stores the offset of what was
/// answered; all within the host's shutdown bound (BriefingBot:Serve:ShutdownTimeout), after which what is left is
/// abandoned unanswered, to be answered after the restart.
/// </summary>
public sealed class TelegramBotService(
    IServiceProvider services,
    OutboundQueue queue,
    TelegramOptions options,
    AdapterHealth health,
    ILogger<TelegramBotService> logger)
    : BackgroundService
{
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>Why the adapter stopped for good (a refused token), or null.</summary>
    public string? FatalError { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        health.Starting(TelegramUpdateMapper.Platform);
        try
        {
            await services.GetRequiredService<TelegramBotStartup>().RunAsync(stoppingToken).ConfigureAwait(false);
            health.Connected(TelegramUpdateMapper.Platform);
            if (options.Mode == TelegramMode.Webhook)
            {
                await services.GetRequiredService<TelegramWebhookListener>().RunAsync(stoppingToken, _abandon.Token).ConfigureAwait(false);
            }
            else
            {
                await services.GetRequiredService<TelegramPoller>().RunAsync(stoppingToken, _abandon.Token).ConfigureAwait(false);
            }
        }
        catch (ApiRequestException e) when (e.ErrorCode is 401 or 404)
        {
            FatalError = $"Telegram refused the bot token ({e.Message}): check BRIEFINGBOT__TELEGRAM__TOKEN (or its _FILE) and BRIEFINGBOT__TELEGRAM__BASEURL";
            logger.LogCritical("{Error}", FatalError);
            health.Failed(TelegramUpdateMapper.Platform, FatalError);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            health.Stopped(TelegramUpdateMapper.Platform);
        }
    }

    /// <param name="cancellationToken">Cancelled when the shutdown bound runs out.</param>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(_abandon.Cancel).ConfigureAwait(false))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await services.GetRequiredService<TelegramUpdateProcessor>().WhenHandledAsync(cancellationToken).ConfigureAwait(false);
                await queue.WhenIdleAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("Stopped with replies still queued; their updates are answered after the restart");
            }

            await queue.DisposeAsync().ConfigureAwait(false);
            if (options.Mode == TelegramMode.Polling)
            {
                await services.GetRequiredService<OffsetWatermark>().WhenSettledAsync().ConfigureAwait(false);
            }
        }
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }
}
