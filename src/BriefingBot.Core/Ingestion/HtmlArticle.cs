namespace BriefingBot.Core.Ingestion;

/// <summary>What an HTML page gives: the readable content as paragraphs, and the metadata in its markup.</summary>
internal sealed record HtmlArticle(string? Title, IReadOnlyList<string> Paragraphs, ArticleMetadata Metadata);
