namespace BriefingBot.Core.Extraction;

/// <summary>One paragraph (or the headline) with its quotes and tokens; offsets are into Source.</summary>
internal sealed record Paragraph(int Index, string Source, int Start, int End, bool InHeadline, IReadOnlyList<QuoteSpan> Quotes, IReadOnlyList<Token> Tokens, bool EndsOpen)
{
    /// <summary>True when the paragraph is nothing but quotes (and punctuation).</summary>
    public bool IsQuoteOnly => Quotes.Count > 0 && Tokens.All(t => t.Kind != TokenKind.Word);

    public bool EndsWithColon => Tokens.Count > 0 && Tokens[^1].Kind == TokenKind.Punct && Tokens[^1].Text == ":";

    public int QuoteToken(int quoteIndex)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].QuoteIndex == quoteIndex)
            {
                return i;
            }
        }

        return -1;
    }
}
