using BriefingBot.Chat.Health;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Update = global::Telegram.Bot.Types.Update;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// Long polling: asks for updates from the stored offset and handles them in order; the offset moves past an update once
/// its replies are out (<see cref="OffsetWatermark"/>). Network and server errors (502, timeouts) are waited out with
/// backoff; they never stop the bot.
/// </summary>
public sealed class TelegramPoller(
    ITelegramBotClient client,
    TelegramUpdateProcessor processor,
    OffsetWatermark watermark,
    RawUpdateReader raw,
    TimeProvider time,
    TelegramOptions options,
    AdapterHealth health,
    ILogger<TelegramPoller> logger)
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    /// <summary>How often to look for new updates while everything Telegram hands out is still being answered.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Polls until <paramref name="stoppingToken"/> is cancelled: that ends the polling at once, but the update in hand is
    /// still answered unless <paramref name="abandonToken"/> is cancelled too (the shutdown bound ran out).
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        await TryDeleteWebhookAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(watermark.Offset, 100, options.PollTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false);
                failures = 0;
                health.Connected(TelegramUpdateMapper.Platform);
            }
            catch (Exception e) when (Backoff.IsTransient(e, stoppingToken) || e is ApiRequestException { ErrorCode: 409 })
            {
                failures++;
                health.Connecting(TelegramUpdateMapper.Platform, e.Message);
                logger.LogWarning("getUpdates failed ({Reason}); retrying", e.Message);
                await Task.Delay(Backoff.RetryAfter(e) ?? Backoff.Delay(failures, options.MaxBackoff), time, stoppingToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception e) when (e is not ApiRequestException and not OperationCanceledException)
            {
                // The client could not read the batch: read it update by update, skipping only what cannot be read.
                logger.LogWarning("getUpdates answer could not be read ({Reason}); reading it update by update", e.Message);
                failures++;
                await HandleRawBatchAsync(stoppingToken, abandonToken).ConfigureAwait(false);
                continue;
            }

            await HandleBatchAsync(updates.Select(u => (u.Id, (Update?)u)).ToList(), stoppingToken, abandonToken).ConfigureAwait(false);
        }
    }

    private async Task HandleBatchAsync(IReadOnlyList<(int Id, Update? Update)> batch, CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        var fresh = batch.Where(u => !watermark.IsTaken(u.Id)).OrderBy(u => u.Id).ToList();
        if (fresh.Count == 0 && batch.Count > 0)
        {
            await WaitForProgressAsync(stoppingToken).ConfigureAwait(false);
            return;
        }

        foreach (var (id, update) in fresh.TakeWhile(_ => !stoppingToken.IsCancellationRequested))
        {
            watermark.Track(id, update is null ? Task.CompletedTask : processor.Process(update, abandonToken));
        }
    }

    private async Task HandleRawBatchAsync(CancellationToken stoppingToken, CancellationToken abandonToken)
    {
        try
        {
            await HandleBatchAsync(await raw.ReadAsync(watermark.Offset, stoppingToken).ConfigureAwait(false), stoppingToken, abandonToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Backoff.IsTransient(e, stoppingToken) || e is System.Text.Json.JsonException)
        {
            logger.LogWarning("Reading updates one by one failed ({Reason}); retrying", e.Message);
            await Task.Delay(Backoff.Delay(2, options.MaxBackoff), time, stoppingToken).ConfigureAwait(false);
        }
    }

    // Telegram keeps handing out the updates still being answered (the offset cannot pass them yet) and answers at once,
    // so instead of a long poll: wait until one is finished, or look again for new ones a little later.
    private async Task WaitForProgressAsync(CancellationToken stoppingToken)
    {
        var advanced = watermark.Advanced;
        using var later = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(advanced, Task.Delay(RecheckInterval, time, later.Token)).ConfigureAwait(false);
        await later.CancelAsync().ConfigureAwait(false);
    }

    // A webhook left from an earlier run would make getUpdates fail with 409.
    private async Task TryDeleteWebhookAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("deleteWebhook failed ({Reason}); polling anyway", e.Message);
        }
    }
}
