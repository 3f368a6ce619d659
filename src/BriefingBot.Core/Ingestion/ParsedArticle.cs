namespace BriefingBot.Core.Ingestion;

/// <summary>An article read from raw input: cleaned of page junk, with the metadata the text gives.</summary>
/// <param name="Body">Cleaned body; paragraphs separated by "\n\n", without the title line.</param>
public sealed record ParsedArticle(
    string Title,
    string Body,
    string? Url,
    string? Outlet,
    string? Author,
    DateTimeOffset? PublishedAt);
