namespace BriefingBot.Cli;

/// <summary>
/// Where a command line runs: in its own process, or inside the `serve` that holds the store, for a process that
/// forwarded it over the control socket (see <see cref="Control.ControlListener"/>); then it runs on serve's open library.
/// </summary>
public sealed class CommandOrigin
{
    private CommandOrigin(IReadOnlyList<string> arguments, CommandTerminal terminal, IServiceProvider? servingServices)
    {
        Arguments = arguments;
        Terminal = terminal;
        ServingServices = servingServices;
    }

    /// <summary>The command line as given, to forward when the store is held by a running serve.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public CommandTerminal Terminal { get; }

    /// <summary>Serve's services (its open library and what works on it) when the command was forwarded; else null.</summary>
    public IServiceProvider? ServingServices { get; }

    public static CommandOrigin ThisProcess(IReadOnlyList<string> arguments) => new(arguments, CommandTerminal.OfThisProcess(), null);

    public static CommandOrigin Forwarded(IReadOnlyList<string> arguments, CommandTerminal terminal, IServiceProvider servingServices) =>
        new(arguments, terminal, servingServices);
}
