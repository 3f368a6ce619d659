using System.CommandLine;
using BriefingBot.Core.Storage;

namespace BriefingBot.Cli.Commands;

/// <summary>`export FILE` and `import FILE`: everything in the store as one JSON document, and back.</summary>
public static class TransferCommands
{
    public static Command Export(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "Where to write the export (JSON); - for standard output" };
        var command = new Command("export", "Write articles, quotes, speakers and summaries to a JSON file") { file };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var path = parse.GetValue(file)!;
            if (path == "-")
            {
                using var stdout = io.Terminal.OpenOutput();
                new StoreTransfer(session.Library.Store).Export(stdout);
                return 0;
            }

            // Written beside the target and moved into place, so a failed export never leaves half a file.
            var temporary = io.Terminal.Resolve(path) + ".partial";
            using (var output = File.Create(temporary))
            {
                new StoreTransfer(session.Library.Store).Export(output);
            }

            File.Move(temporary, io.Terminal.Resolve(path), overwrite: true);
            var summary = new { file = path, articles = session.Library.Store.ArticleCount, quotes = session.Library.Store.QuoteCount };
            if (io.Json)
            {
                CliJson.Write(io.Output, summary);
            }
            else
            {
                io.Output.WriteLine($"exported {summary.articles} articles and {summary.quotes} quotes to {path}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Import(CommandRunner runner)
    {
        var file = new Argument<string>("file") { Description = "An export file written by export" };
        var command = new Command("import", "Read an export file into the store (all of it, or nothing)") { file };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, (session, io) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(io.Terminal.Resolve(path)))
            {
                io.Error.WriteLine($"error: no file {path}");
                return 1;
            }

            using var input = File.OpenRead(io.Terminal.Resolve(path));
            var result = session.Library.Import(input);
            if (io.Json)
            {
                CliJson.Write(io.Output, result);
            }
            else
            {
                io.Output.WriteLine($"imported {path}: {result}");
            }

            return 0;
        }));
        return command;
    }
}
