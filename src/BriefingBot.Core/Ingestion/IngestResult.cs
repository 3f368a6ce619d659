using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Ingestion;

/// <summary>What one article's ingest stored.</summary>
public sealed record IngestResult(string Source, Article Article, IReadOnlyList<Quote> Quotes, bool Replaced);
