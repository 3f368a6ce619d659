using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>A quote found by <see cref="QuoteIndex.Search"/>.</summary>
public readonly record struct QuoteHit(int QuoteId, int ArticleId, int? SpeakerId, double Score)
{
    /// <summary>The quote's kind (kept in the index, so answers can rank hits without reading the quotes).</summary>
    public QuoteKind Kind { get; init; }
}
