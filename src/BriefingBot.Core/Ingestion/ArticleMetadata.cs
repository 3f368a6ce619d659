namespace BriefingBot.Core.Ingestion;

/// <summary>What the page text says about the article itself; null where it says nothing.</summary>
internal sealed record ArticleMetadata(string? Url, string? Outlet, string? Author, DateTimeOffset? PublishedAt);
