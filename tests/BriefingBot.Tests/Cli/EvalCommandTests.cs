using BriefingBot.Testing.Seeds;

namespace BriefingBot.Tests.Cli;

/// <summary>The eval command on the seed articles: the figures score.py extract prints, and the breakdown.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_on_the_seeds_reports_the_acceptance_figures_and_a_breakdown_per_construction()
    {
        var seeds = SeedCorpus.RequireOrSkip();

        var run = await CliRun.Of("eval", "--gold", Path.Combine(seeds.Directory, "gold", "quotes.jsonl"), "--articles", seeds.Directory, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = run.Json;
        json.GetProperty("articles").GetInt32().ShouldBe(seeds.ArticleFiles.Count);
        json.GetProperty("precision").GetDouble().ShouldBeGreaterThanOrEqualTo(0.95, run.Output);
        json.GetProperty("recall").GetDouble().ShouldBeGreaterThanOrEqualTo(0.90, run.Output);
        json.GetProperty("found").GetDouble().ShouldBeGreaterThanOrEqualTo(0.90, run.Output);
        json.GetProperty("constructions").EnumerateArray()
            .Select(c => c.GetProperty("construction").GetString())
            .ShouldContain("explicit");
    }

    [Fact]
    public async Task Eval_prints_the_scorer_summary_line_in_text_mode()
    {
        var seeds = SeedCorpus.RequireOrSkip();

        var run = await CliRun.Of("eval", "--gold", Path.Combine(seeds.Directory, "gold", "quotes.jsonl"), "--articles", seeds.Directory);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("quotes found ");
        run.Output.ShouldContain("ms per article");
    }

    [Fact]
    public async Task Eval_of_a_missing_folder_fails_with_one_line()
    {
        using var folder = new BriefingBot.Testing.Files.TemporaryDirectory();
        var gold = folder.File("gold.jsonl");
        await File.WriteAllTextAsync(gold, "", TestContext.Current.CancellationToken);

        var run = await CliRun.Of("eval", "--gold", gold, "--articles", folder.File("absent"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("error:");
    }
}
