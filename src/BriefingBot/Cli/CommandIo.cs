namespace BriefingBot.Cli;

/// <summary>
/// Where a command writes (both writers with control characters removed, see <see cref="TerminalWriter"/>), whether it writes
/// JSON, and the terminal it reads from and resolves paths against.
/// </summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error, bool Json)
{
    public CommandTerminal Terminal { get; init; } = CommandTerminal.OfThisProcess();
}
