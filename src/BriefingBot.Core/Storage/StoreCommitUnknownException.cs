namespace BriefingBot.Core.Storage;

/// <summary>A write failed at its commit and whether it reached the store could not be told; the message says how to find out.</summary>
public sealed class StoreCommitUnknownException(string message, Exception? inner = null) : StoreException(message, inner);
