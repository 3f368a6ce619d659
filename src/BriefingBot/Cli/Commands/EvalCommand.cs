using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli.Commands;

/// <summary>
/// `eval --gold FILE --articles DIR`: ingests a folder into a scratch store (deleted afterwards), scores the stored
/// quotes against the gold as ../shared/eval/score.py extract does, breaks the misses down per construction, and times
/// the extractor alone.
/// </summary>
public static class EvalCommand
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".md"];

    private const int WarmUpPasses = 3;

    private const int TimedPasses = 5;

    private const int MaximumWarmUpPasses = 200;

    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(8);

    public static Command Create(CommandRunner runner)
    {
        var gold = new Option<string>("--gold") { Description = "Gold quotes, one JSON object a line", Required = true };
        var articles = new Option<string>("--articles") { Description = "Folder of the articles the gold annotates", Required = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss and every wrong claim" };
        var command = new Command("eval", "Score quote extraction and attribution against gold annotations") { gold, articles, verbose };
        command.SetAction(async (parse, ct) =>
        {
            var scratch = Directory.CreateTempSubdirectory("briefingbot-eval-");
            try
            {
                return await runner.RunOnStoreAsync(parse, Path.Combine(scratch.FullName, "eval.db"), loadSample: false, async (session, io) =>
                {
                    var goldQuotes = GoldQuote.ReadFile(parse.GetValue(gold)!);
                    var run = await IngestFolder(session, parse.GetValue(articles)!, io, ct);
                    var report = ExtractionEvaluator.Score(goldQuotes, run.Quotes);
                    Write(io, report, run, parse.GetValue(verbose));
                    return run.Failed == 0 ? 0 : 1;
                });
            }
            finally
            {
                scratch.Delete(recursive: true);
            }
        });
        return command;
    }

    private sealed record Run(List<ScoredQuote> Quotes, int Articles, int Failed, double ExtractionMilliseconds, double ProcessorMilliseconds);

    private static async Task<Run> IngestFolder(CliSession session, string folder, CommandIo io, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            throw new IOException($"no folder {folder}");
        }

        var files = Directory.GetFiles(folder)
            .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var quotes = new List<ScoredQuote>();
        var texts = new List<ArticleText>();
        var failed = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var result = await session.Ingestor.IngestFileAsync(file, ct);
                var name = Path.GetFileName(file);
                quotes.AddRange(result.Quotes
                    .Where(q => q.Kind != Core.Articles.QuoteKind.Reported)
                    .Select(q => new ScoredQuote(name, q.Text, q.Speaker, q.Confidence,
                        q.SpeakerKind == Core.Articles.SpeakerKind.Description ? "description" : q.Attribution.ToString().ToLowerInvariant())));
                texts.Add(new ArticleText(result.Article.Title, result.Article.Body));
            }
            catch (IngestException e)
            {
                failed++;
                io.Error.WriteLine($"error: {file}: {e.Message}");
            }
        }

        // The extractor alone, on the texts just ingested: the median of a few
        // passes, so that one pass slowed by the machine's other work does not decide the figure.
        // Processor time is reported beside it, as it does not count time spent waiting for a busy machine's processor.
        // A few untimed passes first, so that the runtime has compiled the hot paths fully (steady state, as in a
        // long-running bot) before the clock starts. The runtime first runs the hot paths instrumented for profile-guided
        // optimisation and compiles them fully in the background later: on a busy machine that takes seconds, longer than
        // a few passes (eight times the steady cost was measured), so the warm-up also lasts a minimum time.
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < WarmUpPasses || (warmUp.Elapsed < MinimumWarmUp && pass < MaximumWarmUpPasses); pass++)
        {
            foreach (var text in texts)
            {
                session.Extractor.Extract(text, session.Library.Speakers);
            }
        }

        var passes = new List<double>();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var text in texts)
            {
                session.Extractor.Extract(text, session.Library.Speakers);
            }

            passes.Add(watch.Elapsed.TotalMilliseconds);
        }

        var processorMilliseconds = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds / TimedPasses;
        passes.Sort();
        return new Run(quotes, texts.Count, failed, passes[passes.Count / 2], processorMilliseconds);
    }

    private static void Write(CommandIo io, ExtractionReport report, Run run, bool verbose)
    {
        var perArticle = run.Articles == 0 ? 0 : run.ExtractionMilliseconds / run.Articles;
        var processorPerArticle = run.Articles == 0 ? 0 : run.ProcessorMilliseconds / run.Articles;
        if (io.Json)
        {
            CliJson.Write(io.Output, new
            {
                precision = Math.Round(report.Precision, 3),
                recall = Math.Round(report.Recall, 3),
                f1 = Math.Round(report.F1, 3),
                found = Math.Round(report.FoundShare, 3),
                speakerAccuracyOnFound = Math.Round(report.SpeakerAccuracyOnFound, 3),
                accuracyAtConfidence90 = Math.Round(report.AccuracyAtOrAbove(0.9), 3),
                articles = run.Articles,
                failedArticles = run.Failed,
                msPerArticle = Math.Round(perArticle, 3),
                processorMsPerArticle = Math.Round(processorPerArticle, 3),
                required = report.Required,
                foundCount = report.Found,
                requiredWithSpeaker = report.RequiredWithSpeaker,
                attributed = report.Attributed,
                claimed = report.Claimed,
                correct = report.Correct,
                unscored = report.Unscored,
                constructions = report.Constructions,
                calibration = report.Calibration.Select(b => new { b.Floor, b.Claimed, b.Right, accuracy = Math.Round(b.Accuracy, 3) }),
                problems = report.Problems,
            });
            return;
        }

        io.Output.Write(report.ToText(verbose));
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Articles} articles ({run.Failed} failed); extraction {perArticle:F3} ms per article ({processorPerArticle:F3} ms of processor time)"));
    }
}
