using System.Text.Json;
using BriefingBot.Core.Answers;

namespace BriefingBot.Chat.Paging;

/// <summary>
/// Turns the engine's answers into replies with a "More" button, and continues them when the button is pressed:
/// the one place that knows how paged commands page.
/// </summary>
public sealed class PagedAnswers(AnswerComposer composer, PagingStore paging)
{
    public const string AskKind = "ask";
    public const string BriefKind = "brief";

    /// <summary>A stored <see cref="AnswerQuery"/> (as JSON): what every new "More" button continues.</summary>
    public const string QueryKind = "query";

    public const string ExpiredMessage = "That list has expired. Ask again to see more.";
    public const string UnknownMessage = "That button is no longer valid. Ask again to see more.";

    public ChatReply Ask(ChatRequest request, string question) => Page(request, composer.Read(question));

    public ChatReply Brief(ChatRequest request, string topic) =>
        Page(request, AnswerQuery.About(topic, AnswerMode.Briefing) with { Text = "brief me on " + topic });

    /// <summary>Answers a query a command built from its options (no English for the parser to read again).</summary>
    public ChatReply Ask(ChatRequest request, AnswerQuery query) => Page(request, query with { Offset = 0 });

    /// <summary>The best cited quotes for a search without paging (inline queries).</summary>
    public IReadOnlyList<ExcerptBlock> Top(string query, int limit) =>
        composer.Ask(query, limit).Quotes.Select(ExcerptBlock.From).ToList();

    /// <summary>The next page for a pressed "More" button, or a short note when its payload is stale or not ours.</summary>
    public ChatReply Continue(ChatRequest request)
    {
        var payload = request.CallbackData ?? "";
        switch (paging.Find(payload, request.Platform, request.ChatId, out var state))
        {
            case PageLookup.Found when state is not null && state.Kind == QueryKind && Stored(state.Query) is { } query:
                return Page(request, query.Page(state.Offset));
            case PageLookup.Found when state is not null && state.Kind is AskKind or BriefKind:
                // A button saved before queries were stored: its question is read again.
                var old = state.Kind == BriefKind ? AnswerQuery.About(state.Query, AnswerMode.Briefing) : composer.Read(state.Query);
                return Page(request, old.Page(state.Offset));
            case PageLookup.Expired:
                return Stale(ExpiredMessage);
            default:
                return Stale(UnknownMessage);
        }
    }

    private static ChatReply Stale(string message) => ChatReply.Error(message) with { Notice = message };

    private static AnswerQuery? Stored(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AnswerQuery>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private ChatReply Page(ChatRequest request, AnswerQuery query)
    {
        var offset = query.Offset;
        var answer = composer.Answer(query);
        var blocks = new List<ReplyBlock>();
        if (answer.Quotes.Count == 0 && answer.Summaries.Count == 0)
        {
            blocks.Add(new TextBlock(answer.Message ?? "I have nothing on that yet.", TextRole.Note));
            return new ChatReply { Blocks = blocks, Paging = new ReplyPaging(offset, 0, answer.TotalQuotes, null) };
        }

        if (offset > 0 && answer.Quotes.Count > 0)
        {
            blocks.Add(new TextBlock($"Quotes {offset + 1}–{offset + answer.Quotes.Count} of {answer.TotalQuotes}", TextRole.Heading));
        }

        if (answer.Message is { } note)
        {
            blocks.Add(new TextBlock(note, TextRole.Note));
        }

        blocks.AddRange(answer.Quotes.Select(ExcerptBlock.From));
        if (answer.Summaries.Count > 0)
        {
            blocks.Add(new TextBlock("From the articles", TextRole.Heading));
            blocks.AddRange(answer.Summaries.Select(s => new SummaryBlock(s.Text, s.IsLead, s.Citation)));
        }

        string? next = null;
        var buttons = new List<ReplyButton>();
        if (answer.HasMore)
        {
            var nextOffset = offset + answer.Quotes.Count;
            next = paging.Save(request.Platform, request.ChatId, QueryKind, JsonSerializer.Serialize(query with { Offset = 0 }), nextOffset);
            buttons.Add(new ReplyButton($"More ({answer.TotalQuotes - nextOffset} left)", next));
        }

        return new ChatReply
        {
            Blocks = blocks,
            Buttons = buttons,
            Paging = new ReplyPaging(offset, answer.Quotes.Count, answer.TotalQuotes, next),
        };
    }
}
