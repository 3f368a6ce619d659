using BriefingBot.Chat;
using BriefingBot.Chat.Delivery;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram.Sending;

/// <summary>
/// Answers one Telegram update: "typing" as the acknowledgement, the reply rendered and queued (paced, retried) as a reply
/// to the message in a group, a button press answered with its notice. <see cref="Queued"/> completes once the reply is in
/// the queue (or the update needs none), so the next update of the chat is queued after it.
/// </summary>
public sealed class TelegramReplyChannel(
    ITelegramBotClient client, OutboundQueue queue, TelegramMessageRenderer renderer, Update update, ChatRequest request, ILogger logger) : IReplyChannel
{
    private readonly TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long ChatId { get; } = long.Parse(request.ChatId, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Completes once this update's reply is queued, or it is known that there is none.</summary>
    public Task Queued => _queued.Task;

    /// <summary>Marks the update as needing nothing more queued (it finished, failed or was cut short).</summary>
    public void Done() => _queued.TrySetResult();

    public Task AcknowledgeAsync(CancellationToken cancellationToken) =>
        request.IsCallback ? Task.CompletedTask : TryAsync(() => client.SendChatAction(ChatId, ChatAction.Typing, cancellationToken: cancellationToken), "typing");

    public async Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        IReadOnlyList<Task<bool>> deliveries;
        try
        {
            await AnswerButtonAsync(reply, cancellationToken).ConfigureAwait(false);
            var isGroup = request.ChatKind == ChatKind.Group;
            var replyTo = isGroup ? update.Message?.MessageId : null;
            deliveries = renderer.Render(reply).Select(message => queue.Enqueue(ChatId, isGroup, message, replyTo)).ToList();
        }
        finally
        {
            Done();
        }

        // Given up after retries (false) counts as finished: sending it again would fail again.
        await Task.WhenAll(deliveries).ConfigureAwait(false);
    }

    public async Task EditAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery?.Message is not { } source)
        {
            await SendAsync(reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await AnswerButtonAsync(reply, cancellationToken).ConfigureAwait(false);
            var message = renderer.Render(reply)[0];
            var markup = message.Buttons.Count == 0 ? null
                : new InlineKeyboardMarkup(message.Buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Payload)));
            await client.EditMessageText(ChatId, source.MessageId, message.Html, ParseMode.Html, replyMarkup: markup,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Done();
        }
    }

    private Task AnswerButtonAsync(ChatReply reply, CancellationToken cancellationToken) =>
        update.CallbackQuery is { } callback
            ? TryAsync(() => client.AnswerCallbackQuery(callback.Id, reply.Notice, cancellationToken: cancellationToken), "callback answer")
            : Task.CompletedTask;

    private async Task TryAsync(Func<Task> call, string what)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogDebug("Telegram {What} failed: {Reason}", what, e.Message);
        }
    }
}
