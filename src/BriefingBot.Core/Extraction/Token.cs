namespace BriefingBot.Core.Extraction;

/// <summary>A word, punctuation mark or quoted stretch, with its offsets in the text.</summary>
/// <param name="QuoteIndex">For a Quote token, its index in the paragraph's quote spans; otherwise -1.</param>
/// <param name="EndsSentence">For a Punct token, whether it ends a sentence (not the dot of "Mr." or "U.S."); for a Quote token, whether a full stop closes it.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, int QuoteIndex, bool EndsSentence)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>A word written with a capital, as names are; "al-Shabaab" and "el-Sisi" too (an Arabic article before the name).</summary>
    public bool IsCapitalized => Kind == TokenKind.Word && (char.IsUpper(Text[0]) || HasArticlePrefix(Text));

    public bool Is(string word) => Kind != TokenKind.Quote && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    // "al-", "el-", "ad-", "ash-" … then a capital.
    private static bool HasArticlePrefix(string text)
    {
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        return hyphen is 2 or 3 && hyphen + 1 < text.Length && char.IsUpper(text[hyphen + 1])
            && text[..hyphen] is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "ul";
    }

    /// <summary>The text in lower case, worked out once (ToLowerInvariant returns the same string when nothing changes).</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
}
