namespace BriefingBot.Core.Ingestion;

/// <summary>What became of one of many inputs: stored (<paramref name="Result"/>), or refused with a one-line reason.</summary>
public sealed record IngestOutcome(string Source, IngestResult? Result, string? Error);
