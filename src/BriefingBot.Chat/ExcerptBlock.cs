using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;

namespace BriefingBot.Chat;

/// <summary>A quote with who said it and where: renderers quote the text and link the citation.</summary>
public sealed record ExcerptBlock(string Text, QuoteKind Kind, string? Speaker, string? SpeakerRole, Citation Citation) : ReplyBlock
{
    /// <summary>The sentence the quote stands in (shown when it says more than the quote).</summary>
    public string? Context { get; init; }

    public static ExcerptBlock From(CitedQuote quote) =>
        new(quote.Text, quote.Kind, quote.Speaker, quote.SpeakerRole, quote.Citation) { Context = quote.Context };
}
