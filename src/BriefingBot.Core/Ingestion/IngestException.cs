namespace BriefingBot.Core.Ingestion;

/// <summary>Input that cannot be ingested (empty, binary, too large); the message is one line, meant for the user.</summary>
public sealed class IngestException(string message) : Exception(message);
