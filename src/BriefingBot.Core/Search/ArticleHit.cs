using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>An article found by <see cref="ArticleIndex.Search"/>.</summary>
public readonly record struct ArticleHit(int ArticleId, double Score);
