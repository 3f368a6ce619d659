using System.CommandLine;
using BriefingBot.Control;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>
/// Runs a command's body in a session and turns expected failures into one clear line and exit code 1. When a running
/// `serve` holds the store, the whole command line is run by that process instead (see <see cref="ControlListener"/>),
/// with the same output and exit code.
/// </summary>
public sealed class CommandRunner(Option<string?> storeOption, Option<bool> jsonOption, LaunchEnvironment environment, CommandOrigin origin,
    CancellationToken cancellationToken)
{
    public Option<bool> Json => jsonOption;

    public Option<string?> Store => storeOption;

    /// <summary>The environment variables (and logging set-up) every command's host is built with.</summary>
    public LaunchEnvironment Environment => environment;

    /// <summary>Where this command line runs (its own process, or inside serve for another process).</summary>
    public CommandOrigin Origin => origin;

    public Task<int> RunAsync(ParseResult parse, bool loadSample, Func<CliSession, CommandIo, Task<int>> body) =>
        RunOnStoreAsync(parse, parse.GetValue(storeOption), loadSample, body);

    /// <summary>Runs the body on the given store file instead of the --db one (e.g. a scratch store).</summary>
    public async Task<int> RunOnStoreAsync(ParseResult parse, string? storePath, bool loadSample, Func<CliSession, CommandIo, Task<int>> body)
    {
        var io = IoFor(parse);
        try
        {
            // Forwarded by another process: the --db store is the one serve holds open.
            if (origin.ServingServices is { } served && storePath == parse.GetValue(storeOption))
            {
                using var servedSession = CliSession.Over(served);
                return await body(servedSession, io);
            }

            CliSession session;
            try
            {
                session = CliSession.Open(storePath, loadSample, environment);
            }
            catch (StoreInUseException) when (origin.ServingServices is null)
            {
                var forwarded = await ControlClient.ForwardAsync(StorePath(storePath), origin.Arguments, io, cancellationToken);
                if (forwarded is { } code)
                {
                    return code;
                }

                throw; // held by a process that takes no commands (an ingest, or a serve that cannot listen)
            }

            using (session)
            {
                return await body(session, io);
            }
        }
        catch (Exception e) when (e is UsageException or CurationException)
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

    /// <summary>Where the command writes and reads, from its parse result and origin.</summary>
    public CommandIo IoFor(ParseResult parse) =>
        new(new TerminalWriter(parse.InvocationConfiguration.Output), new TerminalWriter(parse.InvocationConfiguration.Error), parse.GetValue(jsonOption))
        {
            Terminal = origin.Terminal,
        };

    /// <summary>The store a command works on: the given file (--db), else the configured one, checked as every command checks it.</summary>
    public string StorePath(string? storePath)
    {
        using var host = BriefingHostBuilder.Create(storePath, environment).Build();
        return Path.GetFullPath(host.Services.GetRequiredService<IOptions<LibraryOptions>>().Value.StorePath, origin.Terminal.WorkingDirectory);
    }

    public static string OneLine(Exception e) => CliErrors.OneLine(e);
}
