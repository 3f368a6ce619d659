namespace BriefingBot.Control;

/// <summary>
/// A command line forwarded to the process holding the store, with what it needs of the sender's terminal: the folder its
/// relative paths are relative to, and whether its input and error streams are terminals (prompts, progress lines).
/// </summary>
public sealed record ControlRequest(IReadOnlyList<string>? Arguments, string? WorkingDirectory, bool InputRedirected, bool ErrorRedirected);
