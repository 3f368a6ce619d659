using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Library;

/// <summary>A quote's article, kind and speaker: what filtering quotes needs, without their text.</summary>
public readonly record struct QuotePlace(int ArticleId, QuoteKind Kind, int? SpeakerId);
