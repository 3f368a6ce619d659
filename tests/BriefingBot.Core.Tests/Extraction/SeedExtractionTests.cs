using BriefingBot.Core.Articles;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Extraction;
using BriefingBot.Testing.Seeds;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class SeedExtractionTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_MeetPrecisionRecallAndFoundThresholds()
    {
        var corpus = SeedCorpus.RequireOrSkip();
        var score = ExtractionScoring.Score(corpus.ArticleFiles, corpus.GoldQuotes());
        output.WriteLine(score.ToString());

        score.Precision.ShouldBeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.90, score.ToString());
        score.FoundShare.ShouldBeGreaterThanOrEqualTo(0.90, score.ToString());
    }

    [Fact]
    public void PolnearDevReport()
    {
        var folder = Environment.GetEnvironmentVariable("BRIEFINGBOT_POLNEAR_DEV");
        if (string.IsNullOrWhiteSpace(folder) || !File.Exists(Path.Combine(folder, "gold_quotes.jsonl")))
        {
            Assert.Skip("set BRIEFINGBOT_POLNEAR_DEV to a folder made by ../shared/eval/polnear.py (articles/ and gold_quotes.jsonl)");
        }

        var gold = GoldQuote.ReadFile(Path.Combine(folder, "gold_quotes.jsonl"));
        var files = Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var score = ExtractionScoring.Score(files, gold);
        watch.Stop();
        output.WriteLine($"{files.Count} articles, {watch.Elapsed.TotalMilliseconds / files.Count:F2} ms per article (with reading)");
        output.WriteLine(score.ToString());
    }
}

/// <summary>Runs the extractor over article files turned into ArticleText the simple way, and scores it.</summary>
internal static class ExtractionScoring
{
    public static ExtractionReport Score(IReadOnlyList<string> files, IReadOnlyList<GoldQuote> gold)
    {
        var extractor = new QuoteExtractor();
        var extracted = new List<ScoredQuote>();
        foreach (var file in files)
        {
            var result = extractor.Extract(ToArticle(File.ReadAllText(file)));
            extracted.AddRange(result.Quotes.Where(q => q.Kind != QuoteKind.Reported).Select(q => new ScoredQuote(Path.GetFileName(file), q.Text, q.Speaker, q.Confidence)));
        }

        return GoldScorer.ScoreExtraction(gold, extracted);
    }

    /// <summary>First non-empty line is the title; every further non-empty line is a paragraph.</summary>
    public static ArticleText ToArticle(string raw)
    {
        var lines = raw.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        return lines.Count == 0 ? new ArticleText("", "") : new ArticleText(lines[0], string.Join("\n\n", lines.Skip(1)));
    }
}
