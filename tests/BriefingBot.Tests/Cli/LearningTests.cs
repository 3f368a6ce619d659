using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>What the bot learns about speakers from the articles it reads, as a user asking questions notices it.</summary>
public sealed class LearningTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_role_and_affiliation_learnt_from_an_article_answer_for_the_organisation()
    {
        var db = _folder.File("s.db");
        var article = _folder.Write("ferry.txt", """
            Ferry fares to rise in spring

            April 2, 2024

            The ferry company will raise fares in April. “Fuel has doubled in price since last year,” Harbour Council spokesman Tom Reyes told reporters on Monday.

            He said the council would review the fares again in the autumn.
            """);
        (await CliRun.Of("--db", db, "ingest", article)).ExitCode.ShouldBe(0);

        var run = await CliRun.Of("--db", db, "ask", "what has the Harbour Council said about fuel", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var first = run.Json.GetProperty("answers")[0];
        first.GetProperty("speaker").GetString().ShouldBe("Tom Reyes");
        first.GetProperty("text").GetString()!.ShouldStartWith("Fuel has doubled");
    }
}
