namespace BriefingBot.Core.Search;

/// <summary>The best hits of a <see cref="Bm25Index"/> search and how many documents matched (up to the limit asked for).</summary>
internal readonly record struct Bm25SearchResult(IReadOnlyList<Bm25Hit> Hits, int Matches);
