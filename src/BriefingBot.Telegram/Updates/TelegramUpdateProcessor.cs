using System.Globalization;
using BriefingBot.Chat;
using BriefingBot.Chat.Rendering;
using BriefingBot.Telegram.Moderation;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Handles updates: maps each to a request and hands it to the shared dispatcher with a reply channel that renders and
/// queues; inline queries are answered from the dispatcher's search. Updates of different chats are answered side by
/// side; those of one chat are queued in the order they came. Never throws for a bad update: the bot keeps running.
/// </summary>
public sealed class TelegramUpdateProcessor(
    ITelegramBotClient client,
    TelegramUpdateMapper mapper,
    ChatDispatcher dispatcher,
    TelegramMessageRenderer renderer,
    OutboundQueue queue,
    TelegramOptions options,
    TelegramModerators moderators,
    ILogger<TelegramUpdateProcessor> logger)
{
    /// <summary>How many results an inline query offers.</summary>
    public const int InlineResults = 10;

    // Per chat: when the latest update's reply is queued; the chat's next update waits for it, so replies keep their order.
    private readonly Dictionary<long, Task> _lanes = [];
    private readonly List<Task> _handling = [];

    /// <summary>
    /// Starts handling the update. The task completes when the update is finished with (its replies delivered, or given up
    /// after retries) and is cancelled when a stop abandoned it (cut short, or its replies dropped from the queue), so it is
    /// to be answered after the restart.
    /// </summary>
    public Task Process(Update update, CancellationToken cancellationToken)
    {
        ChatRequest? request;
        try
        {
            request = mapper.Map(update);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            logger.LogWarning("Skipped Telegram update {UpdateId}: {Reason}", update.Id, e.Message);
            return Task.CompletedTask;
        }

        if (request is null)
        {
            return Task.CompletedTask;
        }

        Task work;
        if (update.InlineQuery is { } inline)
        {
            work = Task.Run(() => AnswerInlineAsync(inline.Id, request, cancellationToken), CancellationToken.None);
        }
        else
        {
            var channel = new TelegramReplyChannel(client, queue, renderer, update, request, logger);
            lock (_lanes)
            {
                var before = _lanes.GetValueOrDefault(channel.ChatId) ?? Task.CompletedTask;
                _lanes[channel.ChatId] = channel.Queued;
                work = Task.Run(() => AnswerAsync(update, request, channel, before, cancellationToken), CancellationToken.None);
            }

            _ = ForgetLaneAsync(channel);
        }

        lock (_handling)
        {
            _handling.RemoveAll(t => t.IsCompleted);
            _handling.Add(work);
        }

        return work;
    }

    /// <summary>Completes once every update started so far is finished with or abandoned (or the wait is cancelled).</summary>
    public Task WhenHandledAsync(CancellationToken cancellationToken)
    {
        lock (_handling)
        {
            return Task.WhenAll(_handling).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .WaitAsync(cancellationToken);
        }
    }

    private async Task AnswerAsync(Update update, ChatRequest request, TelegramReplyChannel channel, Task before, CancellationToken cancellationToken)
    {
        try
        {
            await before.ConfigureAwait(false);
            var moderator = await moderators.IsModeratorAsync(long.Parse(request.User.Id, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            await dispatcher.HandleAsync(request with { IsModerator = moderator }, channel, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || queue.IsStopped)
        {
            // Abandoned by a stop, or its reply dropped by one: answered after the restart.
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Handling Telegram update {UpdateId} failed", update.Id);
        }
        finally
        {
            channel.Done();
        }
    }

    private async Task ForgetLaneAsync(TelegramReplyChannel channel)
    {
        await channel.Queued.ConfigureAwait(false);
        lock (_lanes)
        {
            if (_lanes.TryGetValue(channel.ChatId, out var latest) && latest == channel.Queued)
            {
                _lanes.Remove(channel.ChatId);
            }
        }
    }

    // Each result sends one cited quote; Telegram may cache them for everyone (not personal).
    private async Task AnswerInlineAsync(string queryId, ChatRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<ExcerptBlock>? excerpts;
        try
        {
            excerpts = await dispatcher.SearchAsync(request, InlineResults, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Answering Telegram inline query {UpdateId} failed", request.UpdateId);
            return;
        }

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
