namespace BriefingBot.Cli;

/// <summary>
/// What a command reads from and resolves paths against besides its output and error writers: this process's console,
/// or, for a command line forwarded to a running `serve`, the console and working folder of the process that sent it.
/// </summary>
public sealed record CommandTerminal(string WorkingDirectory, bool InputRedirected, bool ErrorRedirected, Func<Stream> OpenInput, Func<Stream> OpenOutput)
{
    /// <summary>Whether relative paths must be made full before use (they are relative to another process's folder).</summary>
    public bool Forwarded { get; init; }

    public static CommandTerminal OfThisProcess() => new(
        Directory.GetCurrentDirectory(), Console.IsInputRedirected, Console.IsErrorRedirected, Console.OpenStandardInput, Console.OpenStandardOutput);

    /// <summary>A path as typed by the user, made usable here: unchanged in its own process, full when forwarded.</summary>
    public string Resolve(string path) => Forwarded ? Path.GetFullPath(path, WorkingDirectory) : path;
}
