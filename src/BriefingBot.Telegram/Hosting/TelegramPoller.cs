using BriefingBot.Chat.Health;
using BriefingBot.Telegram.Sending;
using BriefingBot.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Hosting;

/// <summary>
/// Long polling: asks for updates from the stored offset, handles them in order and stores the next offset after each
/// one. Network and server errors (502, timeouts) are waited out with backoff; they never stop the bot.
/// </summary>
public sealed class TelegramPoller(
    ITelegramBotClient client,
    TelegramUpdateProcessor processor,
    UpdateOffsetStore offsets,
    RawUpdateReader raw,
    TimeProvider time,
    TelegramOptions options,
    AdapterHealth health,
    ILogger<TelegramPoller> logger)
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    /// <summary>How long an update being answered when the bot is asked to stop may still take.</summary>
    public static readonly TimeSpan ProcessingGrace = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // A stop ends the polling at once but lets the update in hand be answered (within a grace), so it is not lost:
        // the ledger already counts it as taken.
        using var processing = new CancellationTokenSource();
        using var stopping = cancellationToken.Register(() => processing.CancelAfter(ProcessingGrace));
        await TryDeleteWebhookAsync(cancellationToken).ConfigureAwait(false);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await client.GetUpdates(offsets.Load(), 100, options.PollTimeoutSeconds, AllowedUpdates, cancellationToken).ConfigureAwait(false);
                failures = 0;
                health.Connected(TelegramUpdateMapper.Platform);
            }
            catch (Exception e) when (Backoff.IsTransient(e, cancellationToken) || e is ApiRequestException { ErrorCode: 409 })
            {
                failures++;
                health.Connecting(TelegramUpdateMapper.Platform, e.Message);
                logger.LogWarning("getUpdates failed ({Reason}); retrying", e.Message);
                await Task.Delay(Backoff.RetryAfter(e) ?? Backoff.Delay(failures, options.MaxBackoff), time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (Exception e) when (e is not ApiRequestException and not OperationCanceledException)
            {
                // The client could not read the batch: read it update by update, skipping only what cannot be read.
                logger.LogWarning("getUpdates answer could not be read ({Reason}); reading it update by update", e.Message);
                failures++;
                await HandleRawBatchAsync(cancellationToken, processing.Token).ConfigureAwait(false);
                continue;
            }

            foreach (var update in updates.OrderBy(u => u.Id).TakeWhile(_ => !cancellationToken.IsCancellationRequested))
            {
                await HandleAsync(update.Id, update, processing.Token).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleRawBatchAsync(CancellationToken cancellationToken, CancellationToken processing)
    {
        try
        {
            foreach (var (id, update) in (await raw.ReadAsync(offsets.Load(), cancellationToken).ConfigureAwait(false)).OrderBy(u => u.Id))
            {
                await HandleAsync(id, update, processing).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (Backoff.IsTransient(e, cancellationToken) || e is System.Text.Json.JsonException)
        {
            logger.LogWarning("Reading updates one by one failed ({Reason}); retrying", e.Message);
            await Task.Delay(Backoff.Delay(2, options.MaxBackoff), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(int id, global::Telegram.Bot.Types.Update? update, CancellationToken cancellationToken)
    {
        if (update is not null)
        {
            await processor.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
        }

        offsets.Save(id + 1);
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
