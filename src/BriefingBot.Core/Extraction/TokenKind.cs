namespace BriefingBot.Core.Extraction;

/// <summary>What a token of a paragraph is: a word, a punctuation mark, or a whole quoted stretch.</summary>
internal enum TokenKind
{
    Word,
    Punct,
    Quote,
}
