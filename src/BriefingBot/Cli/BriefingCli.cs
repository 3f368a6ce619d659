using System.CommandLine;
using BriefingBot.Cli.Commands;
using BriefingBot.Hosting;

namespace BriefingBot.Cli;

/// <summary>The command line: ingest articles, ask questions, look at what is stored.</summary>
public static class BriefingCli
{
    /// <summary>The commands, for a command line of the given origin; one forwarded to a running serve gets no serve of its own.</summary>
    public static RootCommand Create(LaunchEnvironment environment, CommandOrigin origin, CancellationToken cancellationToken)
    {
        var store = new Option<string?>("--db") { Description = "The store file (default data/briefings.db)", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Write one JSON document to standard output", Recursive = true };
        var runner = new CommandRunner(store, json, environment, origin, cancellationToken);
        var root = new RootCommand("BriefingBot: cited briefings on what people said in the news")
        {
            store,
            json,
            IngestCommand.Create(runner),
            QuotesCommand.Create(runner),
            AskCommands.Ask(runner),
            AskCommands.Brief(runner),
            ArticleCommands.List(runner),
            ArticleCommands.Show(runner),
            SpeakersCommand.Create(runner),
            ArticleCommands.Summary(runner),
            CurationCommands.Review(runner),
            CurationCommands.Publish(runner),
            CurationCommands.Discard(runner),
            CurationCommands.Quote(runner),
            CurationCommands.Speaker(runner),
            CurationCommands.Audit(runner),
            TransferCommands.Export(runner),
            TransferCommands.Import(runner),
            ChatCommandsCli.Chat(runner),
            BackupCommand.Create(runner),
            EvalCommand.Create(runner),
            HealthCheckCommand.Create(),
        };
        if (origin.ServingServices is null)
        {
            root.Add(ChatCommandsCli.Serve(store, environment));
        }

        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default) =>
        RunAsync(args, LaunchEnvironment.FromProcess(), output, error, cancellationToken);

    /// <summary>
    /// Runs one command line with the given environment; every failure ends in a line starting "error: " and exit code 1, or
    /// 2 when the command line itself is wrong.
    /// </summary>
    public static Task<int> RunAsync(string[] args, LaunchEnvironment environment, TextWriter? output = null, TextWriter? error = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(args, environment, CommandOrigin.ThisProcess(args), output, error, cancellationToken);

    /// <summary>Runs one command line of the given origin (a forwarded one runs on the serving process's library).</summary>
    public static async Task<int> RunAsync(string[] args, LaunchEnvironment environment, CommandOrigin origin, TextWriter? output, TextWriter? error,
        CancellationToken cancellationToken)
    {
        // Failures reach the handler below instead of System.CommandLine's, which starts with the stack trace.
        var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        if (origin.ServingServices is not null)
        {
            // Run inside serve: SIGTERM and Ctrl+C are serve's to handle (its host stops, cancelling this command), not this command line's.
            configuration.ProcessTerminationTimeout = null;
        }
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        try
        {
            var parse = Create(environment, origin, cancellationToken).Parse(args);
            if (parse.Errors.Count > 0)
            {
                configuration.Error.WriteLine($"error: {UsageErrors.Describe(parse)} (see: BriefingBot {CommandName(parse)}--help)");
                return UsageErrors.ExitCode;
            }

            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 1;
        }
        catch (Exception e)
        {
            CliErrors.Write(configuration.Error, e);
            return 1;
        }
    }

    // "ask " for `ask --limit x`, nothing for the root command.
    private static string CommandName(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
}
