using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Storage;

/// <summary>What <see cref="BriefingStore.SaveArticle"/> stored: the article and quotes with their ids, and which old quotes it dropped.</summary>
/// <param name="Article">The stored copy of the article, with its id (the old id when <paramref name="Replaced"/>).</param>
/// <param name="Quotes">The stored copies of the quotes, with fresh ids and the article's id.</param>
/// <param name="Replaced">True when an article with the same URL or content hash was already stored and has been updated.</param>
/// <param name="RemovedQuoteIds">Ids of the replaced article's old quotes, now deleted (for keeping search indexes in step).</param>
public sealed record ArticleSaveResult(Article Article, IReadOnlyList<Quote> Quotes, bool Replaced, IReadOnlyList<int> RemovedQuoteIds);
