namespace BriefingBot.Core.Storage;

/// <summary>The store cannot be used (locked, corrupt, newer schema); the message is one line, meant for the user.</summary>
public class StoreException(string message, Exception? inner = null) : Exception(message, inner);
