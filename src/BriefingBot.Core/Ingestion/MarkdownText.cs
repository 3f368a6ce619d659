namespace BriefingBot.Core.Ingestion;

/// <summary>Markdown reduced to its text: headings, emphasis, links, autolinks, images and list markers stripped.</summary>
internal sealed record MarkdownText(string? Heading, IReadOnlyList<SourceLine> Lines);
