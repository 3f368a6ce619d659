using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>The best quotes of a search and how many quotes match it at all (counted up to the limit asked for).</summary>
public sealed record QuoteSearch(IReadOnlyList<QuoteHit> Hits, int Matches);
