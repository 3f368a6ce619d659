namespace BriefingBot.Core.Ingestion;

/// <summary>One non-empty, whitespace-normalised line of input and the blank-line-separated block it came from.</summary>
internal readonly record struct SourceLine(string Text, int Block);
