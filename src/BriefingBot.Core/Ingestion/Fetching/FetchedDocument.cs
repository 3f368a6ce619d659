namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>A fetched page: where it ended up after redirects, its media type ("text/html"), its charset if declared, and its bytes.</summary>
public sealed record FetchedDocument(Uri FinalUrl, string MediaType, string? Charset, byte[] Body);
