using System.CommandLine;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli.Commands;

/// <summary>`ingest FILE...|-`: reads articles, extracts their quotes and stores them, each article all-or-nothing.</summary>
public static class IngestCommand
{
    public static Command Create(CommandRunner runner)
    {
        var files = new Argument<string[]>("files") { Description = "Article files (.txt, .md, .html), or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<ArticleFormat>("--format") { Description = "Format of standard input", DefaultValueFactory = _ => ArticleFormat.Text };
        var command = new Command("ingest", "Add articles (or update them when already stored)") { files, format };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: false, async (session, io) =>
        {
            var paths = parse.GetValue(files)!;
            var progress = paths.Length > 1 && !io.Json && !Console.IsErrorRedirected;
            var results = new List<object>();
            var failed = 0;
            for (var i = 0; i < paths.Length; i++)
            {
                ct.ThrowIfCancellationRequested();
                var path = paths[i];
                if (progress)
                {
                    io.Error.Write($"\r[{i + 1}/{paths.Length}] {Path.GetFileName(path)}".PadRight(60));
                }

                try
                {
                    var result = path == "-"
                        ? await session.Ingestor.IngestStreamAsync(Console.OpenStandardInput(), parse.GetValue(format), "stdin", ct)
                        : await session.Ingestor.IngestFileAsync(path, ct);
                    results.Add(new
                    {
                        file = path,
                        id = result.Article.Id,
                        title = result.Article.Title,
                        outlet = result.Article.Outlet,
                        date = result.Article.PublishedAt,
                        url = result.Article.Url,
                        quotes = result.Quotes.Count,
                        replaced = result.Replaced,
                    });
                    if (!io.Json)
                    {
                        if (progress)
                        {
                            io.Error.Write("\r".PadRight(61) + "\r");
                        }

                        io.Output.WriteLine($"{(result.Replaced ? "updated" : "added")} article {result.Article.Id}: {result.Article.Title} ({result.Quotes.Count} quotes)");
                    }
                }
                catch (IngestException e)
                {
                    failed++;
                    io.Error.WriteLine($"{(progress ? "\r" : "")}error: {path}: {e.Message}");
                }
            }

            if (io.Json)
            {
                CliJson.Write(io.Output, results);
            }

            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
