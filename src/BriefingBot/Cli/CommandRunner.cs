using System.CommandLine;
using BriefingBot.Hosting;

namespace BriefingBot.Cli;

/// <summary>Runs a command's body in a session and turns expected failures into one clear line and exit code 1.</summary>
public sealed class CommandRunner(Option<string?> storeOption, Option<bool> jsonOption, LaunchEnvironment environment)
{
    public Option<bool> Json => jsonOption;

    public Option<string?> Store => storeOption;

    /// <summary>The environment variables (and logging set-up) every command's host is built with.</summary>
    public LaunchEnvironment Environment => environment;

    public Task<int> RunAsync(ParseResult parse, bool loadSample, Func<CliSession, CommandIo, Task<int>> body) =>
        RunOnStoreAsync(parse, parse.GetValue(storeOption), loadSample, body);

    /// <summary>Runs the body on the given store file instead of the --db one (e.g. a scratch store).</summary>
    public async Task<int> RunOnStoreAsync(ParseResult parse, string? storePath, bool loadSample, Func<CliSession, CommandIo, Task<int>> body)
    {
        var io = CommandIo.Of(parse, parse.GetValue(jsonOption));
        try
        {
            using var session = CliSession.Open(storePath, loadSample, environment);
            return await body(session, io);
        }
        catch (UsageException e)
        {
            io.Error.WriteLine($"error: {OneLine(e)}");
            return UsageErrors.ExitCode;
        }
        catch (Exception e) when (CliErrors.IsExpected(e))
        {
            io.Error.WriteLine($"error: {OneLine(e)}");
            return 1;
        }
    }

    public Task<int> RunAsync(ParseResult parse, bool loadSample, Func<CliSession, CommandIo, int> body) =>
        RunAsync(parse, loadSample, (session, io) => Task.FromResult(body(session, io)));

    public static string OneLine(Exception e) => CliErrors.OneLine(e);
}

/// <summary>Where a command writes, and whether it writes JSON.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error, bool Json)
{
    /// <summary>The invocation's output and error writers, both with control characters removed (see <see cref="TerminalWriter"/>).</summary>
    public static CommandIo Of(ParseResult parse, bool json) =>
        new(new TerminalWriter(parse.InvocationConfiguration.Output), new TerminalWriter(parse.InvocationConfiguration.Error), json);
}
