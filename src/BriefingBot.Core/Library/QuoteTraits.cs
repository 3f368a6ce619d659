using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Library;

/// <summary>What ranking a quote needs, without reading its text: where it stands, whose it is and how it is worded.</summary>
/// <param name="Speaker">The speaker's name as the quote gives it (shared, not copied).</param>
/// <param name="TextLength">The length of the quote's text in characters.</param>
public readonly record struct QuoteTraits(
    int Id, int ArticleId, QuoteKind Kind, int? SpeakerId, string? Speaker, int TextLength, WordingMeasures Wording);
