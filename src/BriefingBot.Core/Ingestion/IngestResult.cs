using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Ingestion;

/// <summary>What one article's ingest stored.</summary>
public sealed record IngestResult(string Source, Article Article, IReadOnlyList<Quote> Quotes, bool Replaced);

/// <summary>What became of one of many inputs: stored (<paramref name="Result"/>), or refused with a one-line reason.</summary>
public sealed record IngestOutcome(string Source, IngestResult? Result, string? Error);
