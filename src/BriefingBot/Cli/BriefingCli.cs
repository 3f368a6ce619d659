using System.CommandLine;
using BriefingBot.Cli.Commands;

namespace BriefingBot.Cli;

/// <summary>The command line: ingest articles, ask questions, look at what is stored.</summary>
public static class BriefingCli
{
    public static RootCommand Create()
    {
        var store = new Option<string?>("--db") { Description = "The store file (default data/briefings.db)", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Write one JSON document to standard output", Recursive = true };
        var runner = new CommandRunner(store, json);
        return new RootCommand("BriefingBot: cited briefings on what people said in the news")
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
            TransferCommands.Export(runner),
            TransferCommands.Import(runner),
            ChatCommandsCli.Chat(runner),
            ChatCommandsCli.Serve(store),
            EvalCommand.Create(runner),
            HealthCheckCommand.Create(),
        };
    }

    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration();
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return Create().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
