namespace BriefingBot.Core.Ingestion;

/// <summary>Limits applied when reading an article from a file, a stream or a string.</summary>
public sealed class IngestionOptions
{
    public const string Section = "BriefingBot:Ingestion";

    /// <summary>Inputs larger than this many bytes are refused (default 5 MB).</summary>
    public int MaxArticleBytes { get; set; } = 5 * 1024 * 1024;
}
