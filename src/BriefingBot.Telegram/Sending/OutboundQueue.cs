using BriefingBot.Chat;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Sending;

/// <summary>
/// Sends replies in order, one lane per chat, paced by <see cref="SendPacer"/>; honours 429 retry_after, retries network
/// and server errors with backoff, and resends a message Telegram refuses to parse (400) as plain text.
/// </summary>
public sealed class OutboundQueue : IAsyncDisposable
{
    private const int MaxRateLimitWaits = 10;

    private readonly ITelegramBotClient _client;
    private readonly SendPacer _pacer;
    private readonly TimeProvider _time;
    private readonly TelegramOptions _options;
    private readonly ILogger<OutboundQueue> _logger;
    private readonly TelegramMetrics? _metrics;
    private readonly Dictionary<long, Queue<Outgoing>> _lanes = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _idle = Completed();

    public OutboundQueue(ITelegramBotClient client, SendPacer pacer, TimeProvider time, TelegramOptions options, ILogger<OutboundQueue> logger,
        TelegramMetrics? metrics = null)
    {
        _client = client;
        _pacer = pacer;
        _time = time;
        _options = options;
        _logger = logger;
        _metrics = metrics;
    }

    /// <summary>
    /// Queues a message for a chat; the task ends true when it was delivered, false when it was given up, and cancelled
    /// when the queue was disposed before sending it (a stop: the message never went out).
    /// </summary>
    public Task<bool> Enqueue(long chatId, bool isGroup, TelegramMessage message, int? replyTo = null)
    {
        var item = new Outgoing(chatId, isGroup, message, replyTo, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return Task.FromCanceled<bool>(_stopping.Token);
            }

            if (_lanes.Count == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            if (_lanes.TryGetValue(chatId, out var lane))
            {
                lane.Enqueue(item);
            }
            else
            {
                _lanes[chatId] = new Queue<Outgoing>([item]);
                _ = Task.Run(() => RunLaneAsync(chatId));
            }
        }

        return item.Delivered.Task;
    }

    /// <summary>Completes when nothing is waiting to be sent (or the wait is cancelled).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    private async Task RunLaneAsync(long chatId)
    {
        while (true)
        {
            Outgoing item;
            lock (_lock)
            {
                var lane = _lanes[chatId];
                if (lane.Count == 0)
                {
                    _lanes.Remove(chatId);
                    if (_lanes.Count == 0)
                    {
                        _idle.TrySetResult();
                    }

                    return;
                }

                item = lane.Peek();
            }

            bool? delivered; // null: dropped by a stop
            try
            {
                delivered = await SendAsync(item, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                delivered = null;
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Sending to chat {ChatId} failed", chatId);
                delivered = false;
            }

            lock (_lock)
            {
                _lanes[chatId].Dequeue();
            }

            if (delivered is { } outcome)
            {
                item.Delivered.TrySetResult(outcome);
            }
            else
            {
                item.Delivered.TrySetCanceled(_stopping.Token);
            }
        }
    }

    private async Task<bool> SendAsync(Outgoing item, CancellationToken cancellationToken)
    {
        var html = true;
        var failures = 0;
        var rateLimited = 0;
        while (true)
        {
            await _pacer.WaitTurnAsync(item.ChatId, item.IsGroup, cancellationToken).ConfigureAwait(false);
            try
            {
                await _client.SendMessage(
                    item.ChatId,
                    html ? item.Message.Html : item.Message.Plain,
                    html ? ParseMode.Html : ParseMode.None,
                    replyParameters: item.ReplyTo is int id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
                    replyMarkup: Markup(item.Message.Buttons),
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (Backoff.RetryAfter(e) is { } wait && ++rateLimited <= MaxRateLimitWaits)
            {
                _logger.LogWarning("Telegram asked to wait {Seconds} s before sending to chat {ChatId}", wait.TotalSeconds, item.ChatId);
                _metrics?.Waited(TelegramMetrics.RetryAfterWait, wait);
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400 && html)
            {
                _logger.LogWarning("Telegram refused a message to chat {ChatId} ({Reason}); sending it as plain text", item.ChatId, e.Message);
                html = false;
            }
            catch (Exception e) when (Backoff.IsTransient(e, cancellationToken) && ++failures < _options.SendAttempts)
            {
                _logger.LogWarning("Sending to chat {ChatId} failed ({Reason}); retrying", item.ChatId, e.Message);
                await Task.Delay(Backoff.Delay(failures, _options.MaxBackoff), _time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ApiRequestException or RequestException || Backoff.IsTransient(e, cancellationToken))
            {
                _logger.LogWarning("Gave up sending to chat {ChatId}: {Reason}", item.ChatId, e.Message);
                _metrics?.SendFailed();
                return false;
            }
        }
    }

    private static InlineKeyboardMarkup? Markup(IReadOnlyList<ReplyButton> buttons) =>
        buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Payload)));

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    /// <summary>True once a stop has ended the queue: replies still in it were dropped, not given up.</summary>
    public bool IsStopped => _stopping.IsCancellationRequested;

    public ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        return ValueTask.CompletedTask;
    }

    private sealed record Outgoing(long ChatId, bool IsGroup, TelegramMessage Message, int? ReplyTo, TaskCompletionSource<bool> Delivered);
}
