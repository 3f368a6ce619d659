using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Answers;

/// <summary>Where a quote or summary comes from.</summary>
public sealed record Citation(int ArticleId, string Title, string? Outlet, DateTimeOffset? PublishedAt, string? Url);
