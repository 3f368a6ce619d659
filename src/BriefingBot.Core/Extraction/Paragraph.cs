namespace BriefingBot.Core.Extraction;

/// <summary>One paragraph (or the headline) with its quotes and tokens; offsets are into Source.</summary>
internal sealed record Paragraph(int Index, string Source, int Start, int End, bool InHeadline, IReadOnlyList<QuoteSpan> Quotes, IReadOnlyList<Token> Tokens, bool EndsOpen)
{
    /// <summary>True when the paragraph is nothing but quotes (and punctuation).</summary>
    public bool IsQuoteOnly => Quotes.Count > 0 && Tokens.All(t => t.Kind != TokenKind.Word);

    /// <summary>
    /// A title-case line that is no sentence ("Obama Sees Legacy on the Ballot"), or a few words with no stop at all
    /// ("Overstating the port's debt"): a section heading, whose capitals are no evidence of names.
    /// </summary>
    public bool LooksLikeHeading =>
        !InHeadline && Quotes.Count == 0 && Tokens.Count > 0 && Tokens.Count <= 25 && !(Tokens[^1].Kind == TokenKind.Punct && Tokens[^1].EndsSentence) &&
        (IsTitleCase || (Tokens.Count <= 8 && Tokens[^1].IsWord && Tokens[0].IsCapitalized));

    /// <summary>True when most longer words are capitalised, as in a headline set in title case ("Reyes Sees ‘Personal Insult’ in Harbour Vote").</summary>
    public bool IsTitleCase
    {
        get
        {
            var words = 0;
            var capitals = 0;
            foreach (var t in Tokens)
            {
                if (t.IsWord && t.Text.Length > 3)
                {
                    words++;
                    capitals += t.IsCapitalized ? 1 : 0;
                }
            }

            return words >= 2 && capitals * 10 >= words * 7;
        }
    }

    /// <summary>
    /// A line of the page around the story, not of the story: "Story continues below advertisement", "READ MORE: …",
    /// "WATCH: …". A quote carried on across it is still the same speaker's, and a pronoun after it looks past it.
    /// </summary>
    public bool IsPageFurniture
    {
        get
        {
            if (InHeadline || Quotes.Count > 0 || Tokens.Count == 0)
            {
                return false;
            }

            var text = Source[Start..End].Trim();
            return text.StartsWith("READ MORE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("WATCH:", StringComparison.Ordinal) ||
                text.StartsWith("RELATED:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("LISTEN:", StringComparison.Ordinal) ||
                text.Equals("Advertisement", StringComparison.OrdinalIgnoreCase) ||
                (Tokens.Count <= 8 && (text.Contains("continues below", StringComparison.OrdinalIgnoreCase) || text.Contains("continued below", StringComparison.OrdinalIgnoreCase)));
        }
    }

    public bool EndsWithColon => Tokens.Count > 0 && Tokens[^1].Kind == TokenKind.Punct && Tokens[^1].Text == ":";

    /// <summary>The index of the token that starts at a character offset (or the first after it).</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return Tokens.Count - 1;
    }

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
