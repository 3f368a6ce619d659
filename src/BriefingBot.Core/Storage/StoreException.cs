namespace BriefingBot.Core.Storage;

/// <summary>The store cannot be used (locked, corrupt, newer schema); the message is one line, meant for the user.</summary>
public class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Another process has the store open (it holds the store's lock file).</summary>
public sealed class StoreInUseException(string message, Exception? inner = null) : StoreException(message, inner);

/// <summary>A write failed at its commit and whether it reached the store could not be told; the message says how to find out.</summary>
public sealed class StoreCommitUnknownException(string message, Exception? inner = null) : StoreException(message, inner);
