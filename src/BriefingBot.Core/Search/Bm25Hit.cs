namespace BriefingBot.Core.Search;

/// <summary>A scored document of a <see cref="Bm25Index"/>.</summary>
internal readonly record struct Bm25Hit(int Key, int Group, int Tag, double Score, int Data = 0);
