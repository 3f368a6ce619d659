using System.Globalization;
using BriefingBot.Chat;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Handles one update end to end: maps it, shows "typing", asks the shared dispatcher, renders the reply and queues it;
/// a button press is acknowledged at once. Never throws for a bad update: the bot keeps running.
/// </summary>
public sealed class TelegramUpdateProcessor(
    ITelegramBotClient client,
    TelegramUpdateMapper mapper,
    ChatDispatcher dispatcher,
    TelegramMessageRenderer renderer,
    OutboundQueue queue,
    ILogger<TelegramUpdateProcessor> logger)
{
    public async Task ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            var request = mapper.Map(update);
            if (request is null)
            {
                return;
            }

            var chatId = long.Parse(request.ChatId, CultureInfo.InvariantCulture);
            if (!request.IsCallback && (request.ChatKind == ChatKind.Private || request.MentionsBot || request.IsReplyToBot))
            {
                await TryAsync(() => client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken), "typing").ConfigureAwait(false);
            }

            var reply = await dispatcher.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            if (update.CallbackQuery is { } callback && reply is not null)
            {
                await TryAsync(() => client.AnswerCallbackQuery(callback.Id, reply.Notice, cancellationToken: cancellationToken), "callback answer").ConfigureAwait(false);
            }

            if (reply is null)
            {
                return;
            }

            var isGroup = request.ChatKind == ChatKind.Group;
            var replyTo = isGroup ? update.Message?.MessageId : null;
            foreach (var message in renderer.Render(reply))
            {
                _ = queue.Enqueue(chatId, isGroup, message, replyTo);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Handling Telegram update {UpdateId} failed", update.Id);
        }
    }

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
