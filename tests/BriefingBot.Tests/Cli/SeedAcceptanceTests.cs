using BriefingBot.Core.Evaluation;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Seeds;

namespace BriefingBot.Tests.Cli;

/// <summary>The acceptance figures of the engine on the seed articles, measured through the CLI as score.py does.</summary>
public sealed class SeedAcceptanceTests
{
    [Fact]
    public async Task Seed_quotes_are_extracted_and_attributed_above_the_thresholds()
    {
        var seeds = SeedCorpus.RequireOrSkip();
        using var folder = new TemporaryDirectory();
        var db = folder.File("score.db");
        var files = await IngestSeeds(seeds, db);

        var quotes = await CliRun.Of("--db", db, "quotes", "--json");

        var extracted = quotes.Json.EnumerateArray()
            .Where(q => q.GetProperty("kind").GetString() != "reported")
            .Where(q => files.ContainsKey(q.GetProperty("articleId").GetInt32()))
            .Select(q => new ScoredQuote(
                files[q.GetProperty("articleId").GetInt32()],
                q.GetProperty("text").GetString()!,
                q.GetProperty("speaker").GetString()))
            .ToList();
        var score = GoldScorer.ScoreExtraction(seeds.GoldQuotes(), extracted);
        TestContext.Current.TestOutputHelper?.WriteLine(score.ToString());
        score.Precision.ShouldBeGreaterThanOrEqualTo(0.95, score.ToString());
        score.Recall.ShouldBeGreaterThanOrEqualTo(0.90, score.ToString());
    }

    [Fact]
    public async Task Seed_questions_are_answered_with_the_expected_quotes_first()
    {
        var seeds = SeedCorpus.RequireOrSkip();
        using var folder = new TemporaryDirectory();
        var db = folder.File("score.db");
        await IngestSeeds(seeds, db);
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var question in seeds.GoldQuestions())
        {
            var run = await CliRun.Of("--db", db, "ask", question.Q, "--json");
            run.ExitCode.ShouldBe(0, run.Error);
            answers[question.Q] = run.Json.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToList();
        }

        var score = GoldScorer.ScoreAnswers(seeds.GoldQuestions(), q => answers[q]);
        TestContext.Current.TestOutputHelper?.WriteLine(score.ToString());
        score.HitAtK.ShouldBe(1.0, score.ToString());
        score.Mrr.ShouldBeGreaterThanOrEqualTo(0.9, score.ToString());
        score.EmptyWhenAbsent.ShouldBe(1.0, score.ToString());
    }

    private static async Task<Dictionary<int, string>> IngestSeeds(SeedCorpus seeds, string db)
    {
        var run = await CliRun.Of(["--db", db, "ingest", .. seeds.ArticleFiles, "--json"]);
        run.ExitCode.ShouldBe(0, run.Error);
        return run.Json.EnumerateArray().ToDictionary(
            r => r.GetProperty("id").GetInt32(),
            r => Path.GetFileName(r.GetProperty("file").GetString()!));
    }
}
