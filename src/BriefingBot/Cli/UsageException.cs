namespace BriefingBot.Cli;

/// <summary>A valid-looking option value the command refuses once it knows more (e.g. a limit above the configured maximum).</summary>
public sealed class UsageException(string message) : Exception(message);
