namespace BriefingBot.Core.Extraction;

/// <summary>A word, punctuation mark or quoted stretch, with its offsets in the text.</summary>
/// <param name="QuoteIndex">For a Quote token, its index in the paragraph's quote spans; otherwise -1.</param>
/// <param name="EndsSentence">For a Punct token, whether it ends a sentence (not the dot of "Mr." or "U.S."); for a Quote token, whether a full stop closes it.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text, int QuoteIndex, bool EndsSentence)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool Is(string word) => Kind != TokenKind.Quote && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The text in lower case, worked out once (ToLowerInvariant returns the same string when nothing changes).</summary>
    public string Lower { get; } = Text.ToLowerInvariant();
}
