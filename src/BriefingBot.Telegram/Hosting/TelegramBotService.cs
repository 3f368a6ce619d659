using BriefingBot.Chat.Health;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// The Telegram adapter as a hosted service: startup, then polling or the webhook listener; on stop, sends what is queued
/// (bounded). A refused token fails this adapter (reported in <see cref="AdapterHealth"/>); other adapters keep running.
/// </summary>
public sealed class TelegramBotService(
    IServiceProvider services,
    OutboundQueue queue,
    TimeProvider time,
    TelegramOptions options,
    AdapterHealth health,
    ILogger<TelegramBotService> logger)
    : BackgroundService
{
    /// <summary>How long stopping waits for queued replies to go out.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

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
                await services.GetRequiredService<TelegramWebhookListener>().RunAsync(stoppingToken).ConfigureAwait(false);
            }
            else
            {
                await services.GetRequiredService<TelegramPoller>().RunAsync(stoppingToken).ConfigureAwait(false);
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        using var drain = new CancellationTokenSource(DrainTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(drain.Token, cancellationToken);
        try
        {
            await queue.WhenIdleAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Stopped with replies still queued");
        }

        await queue.DisposeAsync().ConfigureAwait(false);
    }
}
