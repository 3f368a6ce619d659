using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;

namespace BriefingBot.Chat;

/// <summary>
/// A platform-neutral reply: blocks of text, cited excerpts, list items and summaries, buttons with payloads, and
/// where a list is paged, the paging state. Each platform renders it in its own markup and limits.
/// </summary>
public sealed record ChatReply
{
    public IReadOnlyList<ReplyBlock> Blocks { get; init; } = [];

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    public ReplyPaging? Paging { get; init; }

    /// <summary>The reply reports a problem with the request (Discord shows such replies to the user only).</summary>
    public bool IsError { get; init; }

    /// <summary>A short acknowledgement for a button press (Telegram: callback toast); null when there is none.</summary>
    public string? Notice { get; init; }

    /// <summary>A reply of one plain paragraph.</summary>
    public static ChatReply Text(string text) => new() { Blocks = [new TextBlock(text)] };

    /// <summary>A short, clear reply to a request that cannot be served as sent.</summary>
    public static ChatReply Error(string text) => new() { Blocks = [new TextBlock(text, TextRole.Note)], IsError = true };
}

/// <summary>How a text block reads: a heading, an ordinary paragraph, or a side note.</summary>
public enum TextRole
{
    Body,
    Heading,
    Note,
}

/// <summary>One part of a reply; platforms render each kind in order.</summary>
public abstract record ReplyBlock;

/// <summary>A paragraph of our own text (never markup: renderers escape it).</summary>
public sealed record TextBlock(string Text, TextRole Role = TextRole.Body) : ReplyBlock;

/// <summary>A quote with who said it and where: renderers quote the text and link the citation.</summary>
public sealed record ExcerptBlock(string Text, QuoteKind Kind, string? Speaker, string? SpeakerRole, Citation Citation) : ReplyBlock
{
    /// <summary>The sentence the quote stands in (shown when it says more than the quote).</summary>
    public string? Context { get; init; }

    public static ExcerptBlock From(CitedQuote quote) =>
        new(quote.Text, quote.Kind, quote.Speaker, quote.SpeakerRole, quote.Citation) { Context = quote.Context };
}

/// <summary>An article's summary (or its opening, <see cref="IsLead"/>) with its citation.</summary>
public sealed record SummaryBlock(string Text, bool IsLead, Citation Citation) : ReplyBlock;

/// <summary>One line of a list (an article, a speaker): a label, an optional detail and link.</summary>
public sealed record ItemBlock(string Label, string? Detail = null, string? Url = null) : ReplyBlock;

/// <summary>A button; pressing it comes back as a request with <see cref="ChatRequest.CallbackData"/> = <see cref="Payload"/>.</summary>
public sealed record ReplyButton(string Label, string Payload);

/// <summary>Where a paged reply is: items shown from <see cref="Offset"/>, of <see cref="Total"/>; <see cref="NextPayload"/> asks for the next page.</summary>
public sealed record ReplyPaging(int Offset, int Shown, int Total, string? NextPayload)
{
    public bool HasMore => NextPayload is not null;
}
