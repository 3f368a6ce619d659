namespace BriefingBot.Core.Storage;

/// <summary>Another process has the store open (it holds the store's lock file).</summary>
public sealed class StoreInUseException(string message, Exception? inner = null) : StoreException(message, inner);
