namespace BriefingBot.Core.Storage;

/// <summary>What a backup wrote: the file, its size and what the copied store holds.</summary>
public sealed record BackupResult(string Path, long Bytes, int Articles, int Quotes, int Speakers);
