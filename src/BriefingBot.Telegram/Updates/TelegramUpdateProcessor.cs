using System.Globalization;
using BriefingBot.Chat;
using BriefingBot.Chat.Rendering;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Handles one update: maps it, shows "typing", asks the shared dispatcher, renders the reply and queues it; a button press
/// is acknowledged at once. Never throws for a bad update: the bot keeps running.
/// </summary>
public sealed class TelegramUpdateProcessor(
    ITelegramBotClient client,
    TelegramUpdateMapper mapper,
    ChatDispatcher dispatcher,
    TelegramMessageRenderer renderer,
    OutboundQueue queue,
    TelegramOptions options,
    ILogger<TelegramUpdateProcessor> logger)
{
    /// <summary>How many results an inline query offers.</summary>
    public const int InlineResults = 10;

    private static readonly Task Finished = Task.CompletedTask;

    /// <summary>
    /// Handles the update up to queueing its replies. The task it returns completes when the update is finished with (its
    /// replies delivered, or given up after retries) and is cancelled when a stop abandoned it (cut short, or its replies
    /// dropped from the queue), so it is to be answered after the restart.
    /// </summary>
    public async Task<Task> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            var request = mapper.Map(update);
            if (request is null)
            {
                return Finished;
            }

            if (update.InlineQuery is { } inline)
            {
                await AnswerInlineAsync(inline.Id, request, cancellationToken).ConfigureAwait(false);
                return Finished;
            }

            var chatId = long.Parse(request.ChatId, CultureInfo.InvariantCulture);
            if (!request.IsCallback && (request.ChatKind == ChatKind.Private || request.MentionsBot || request.IsReplyToBot))
            {
                await TryAsync(() => client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken), "typing").ConfigureAwait(false);
            }

            var reply = await dispatcher.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            if (reply is null)
            {
                return Finished;
            }

            IReadOnlyList<Task<bool>> deliveries;
            try
            {
                deliveries = await QueueAsync(update, request, chatId, reply, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                dispatcher.Settle(request, sent: false);
                return Task.FromCanceled(cancellationToken);
            }

            return dispatcher.DeliverAsync(request, () => Task.WhenAll(deliveries));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Handling Telegram update {UpdateId} failed", update.Id);
            return Finished;
        }
    }

    private async Task<IReadOnlyList<Task<bool>>> QueueAsync(Update update, ChatRequest request, long chatId, ChatReply reply, CancellationToken cancellationToken)
    {
        if (update.CallbackQuery is { } callback)
        {
            await TryAsync(() => client.AnswerCallbackQuery(callback.Id, reply.Notice, cancellationToken: cancellationToken), "callback answer").ConfigureAwait(false);
        }

        var isGroup = request.ChatKind == ChatKind.Group;
        var replyTo = isGroup ? update.Message?.MessageId : null;
        return renderer.Render(reply).Select(message => queue.Enqueue(chatId, isGroup, message, replyTo)).ToList();
    }

    // Each result sends one cited quote; Telegram may cache them for everyone (not personal).
    private async Task AnswerInlineAsync(string queryId, ChatRequest request, CancellationToken cancellationToken)
    {
        var excerpts = await dispatcher.SearchAsync(request, InlineResults, cancellationToken).ConfigureAwait(false);
        if (excerpts is null)
        {
            return;
        }

        var results = excerpts.Select((e, i) => new InlineQueryResultArticle(
            $"q{i}",
            Cut(CitationFormat.Speaker(e.Speaker, e.SpeakerRole), 100),
            new InputTextMessageContent(Cut(TelegramMessageRenderer.Html(e), TelegramMessageRenderer.MaxLength, e))
            {
                ParseMode = ParseMode.Html,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            })
        {
            Description = Cut($"{CitationFormat.Quoted(e.Text, e.Kind)} · {CitationFormat.OutletAndDate(e.Citation)}", 200),
        });
        await TryAsync(() => client.AnswerInlineQuery(queryId, results, options.InlineCacheSeconds, isPersonal: false, cancellationToken: cancellationToken),
            "inline answer").ConfigureAwait(false);
    }

    // Short texts are cut on purpose; an over-long rendered quote falls back to its escaped words, cut.
    private static string Cut(string text, int max, ExcerptBlock? source = null) =>
        text.Length <= max ? text
        : source is null ? text[..(char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1)] + "…"
        : TelegramHtml.Escape(source.Text[..Math.Min(source.Text.Length, (max / 6) - 1)]) + "…";

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
