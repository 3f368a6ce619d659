namespace BriefingBot.Chat.Curation;

/// <summary>A download went past the size a moderator's file may have.</summary>
public sealed class FileTooLargeException() : Exception("The file is too large.");
