namespace BriefingBot.Core.Ingestion;

/// <summary>Limits applied when reading an article from a file, a stream or a string.</summary>
public sealed class IngestionOptions
{
    /// <summary>Inputs larger than this many bytes are refused (default 5 MB).</summary>
    public int MaxArticleBytes { get; init; } = 5 * 1024 * 1024;
}
