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

    public const string ExpiredMessage = "That list has expired. Ask again to see more.";
    public const string UnknownMessage = "That button is no longer valid. Ask again to see more.";

    public ChatReply Ask(ChatRequest request, string question) => Page(request, AskKind, question, 0);

    public ChatReply Brief(ChatRequest request, string topic) => Page(request, BriefKind, topic, 0);

    /// <summary>The best cited quotes for a search without paging (inline queries).</summary>
    public IReadOnlyList<ExcerptBlock> Top(string query, int limit) =>
        composer.Ask(query, limit).Quotes.Select(ExcerptBlock.From).ToList();

    /// <summary>The next page for a pressed "More" button, or a short note when its payload is stale or not ours.</summary>
    public ChatReply Continue(ChatRequest request)
    {
        var payload = request.CallbackData ?? "";
        switch (paging.Find(payload, request.Platform, request.ChatId, out var state))
        {
            case PageLookup.Found when state is not null && state.Kind is AskKind or BriefKind:
                return Page(request, state.Kind, state.Query, state.Offset);
            case PageLookup.Expired:
                return Stale(ExpiredMessage);
            default:
                return Stale(UnknownMessage);
        }
    }

    private static ChatReply Stale(string message) => ChatReply.Error(message) with { Notice = message };

    private ChatReply Page(ChatRequest request, string kind, string query, int offset)
    {
        var answer = kind == BriefKind ? composer.Brief(query, offset: offset) : composer.Ask(query, offset: offset);
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
            next = paging.Save(request.Platform, request.ChatId, kind, query, nextOffset);
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
