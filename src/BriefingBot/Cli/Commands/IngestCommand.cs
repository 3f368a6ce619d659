using System.CommandLine;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli.Commands;

/// <summary>`ingest FILE...|-`: reads articles, extracts their quotes and stores them, in batches that are each stored all-or-nothing.</summary>
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
            var progress = paths.Length > 1 && !io.Json && !io.Terminal.ErrorRedirected;
            var results = new List<object>();
            var failed = 0;
            var done = 0;
            void Report(IngestOutcome outcome)
            {
                done++;
                if (outcome.Result is not { } result)
                {
                    failed++;
                    io.Error.WriteLine($"{(progress ? "\r" : "")}error: {outcome.Source}: {outcome.Error}");
                    return;
                }

                results.Add(new
                {
                    file = outcome.Source,
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

            // Files are stored in batches, each in one transaction (see ArticleIngestor.IngestFilesAsync); standard input alone.
            foreach (var run in Runs(paths))
            {
                ct.ThrowIfCancellationRequested();
                if (run is ["-"])
                {
                    try
                    {
                        var result = await session.Ingestor.IngestStreamAsync(io.Terminal.OpenInput(), parse.GetValue(format), "stdin", ct);
                        Report(new IngestOutcome("-", result, null));
                    }
                    catch (IngestException e)
                    {
                        Report(new IngestOutcome("-", null, e.Message));
                    }

                    continue;
                }

                // Files are named as typed; a forwarded command reads them by their full paths.
                var typed = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var path in run)
                {
                    typed.TryAdd(io.Terminal.Resolve(path), path);
                }

                await foreach (var read in session.Ingestor.IngestFilesAsync([.. run.Select(io.Terminal.Resolve)], ct))
                {
                    var outcome = read with { Source = typed.GetValueOrDefault(read.Source, read.Source) };
                    if (progress)
                    {
                        io.Error.Write($"\r[{done + 1}/{paths.Length}] {Path.GetFileName(outcome.Source)}".PadRight(60));
                    }

                    Report(outcome);
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

    // The arguments in order, split into runs of files and lone "-" (standard input).
    private static IEnumerable<string[]> Runs(string[] paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != "-")
            {
                files.Add(path);
                continue;
            }

            if (files.Count > 0)
            {
                yield return [.. files];
                files.Clear();
            }

            yield return ["-"];
        }

        if (files.Count > 0)
        {
            yield return [.. files];
        }
    }
}
