using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Curation;

/// <summary>A preview made an article: the stored article, how many quotes went live, and whether it updated an article already stored.</summary>
public sealed record PublishedPreview(int PreviewId, Article Article, int QuoteCount, bool Updated);
