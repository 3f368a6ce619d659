using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using LiteDB;

namespace BriefingBot.Tests.Cli;

/// <summary>What the CLI does with the store: updates instead of duplicates, round-trips, refuses stores it cannot use.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private const string Article = """
        Harbour plan approved after long debate

        URL: https://harbour.example/news/plan

        The council approved the harbour plan on Tuesday. “This is a good day for the town,” said Mayor Ana Ortiz.

        “We will keep the fishing boats in the old harbour,” she added.
        """;

    private readonly TemporaryDirectory _folder = new();

    private string Db => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingesting_the_same_article_again_updates_it_instead_of_adding_another()
    {
        var first = await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article), "--json");
        var second = await CliRun.Of("--db", Db, "ingest", _folder.Write("b.txt", Article.Replace("good day", "great day")), "--json");

        second.Json[0].GetProperty("id").GetInt32().ShouldBe(first.Json[0].GetProperty("id").GetInt32());
        second.Json[0].GetProperty("replaced").GetBoolean().ShouldBeTrue();
        (await CliRun.Of("--db", Db, "articles", "--json")).Json.GetArrayLength().ShouldBe(1);
        (await CliRun.Of("--db", Db, "quotes", "--json")).Output.ShouldContain("great day");
    }

    [Fact]
    public async Task Quotes_are_listed_with_speaker_and_article()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        var quotes = await CliRun.Of("--db", Db, "quotes", "--speaker", "Ortiz", "--json");

        quotes.ExitCode.ShouldBe(0, quotes.Error);
        quotes.Json.GetArrayLength().ShouldBe(2);
        quotes.Json[0].GetProperty("speaker").GetString().ShouldBe("Ana Ortiz");
        quotes.Json[1].GetProperty("text").GetString().ShouldBe("We will keep the fishing boats in the old harbour,");
    }

    [Fact]
    public async Task A_question_is_answered_with_a_readable_citation()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        var run = await CliRun.Of("--db", Db, "ask", "what did Ortiz say about fishing boats");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("“We will keep the fishing boats in the old harbour,”");
        run.Output.ShouldContain("— Ana Ortiz");
        run.Output.ShouldContain("Harbour plan approved after long debate");
        run.Output.ShouldContain("https://harbour.example/news/plan");
    }

    [Fact]
    public async Task A_summary_set_by_a_moderator_shows_in_the_article()
    {
        var ingest = await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article), "--json");
        var id = ingest.Json[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await CliRun.Of("--db", Db, "summary", "set", id, "The council said yes to the harbour plan.")).ExitCode.ShouldBe(0);

        var article = await CliRun.Of("--db", Db, "article", id, "--json");
        article.Json.GetProperty("summary").GetString().ShouldBe("The council said yes to the harbour plan.");
        article.Json.GetProperty("quotes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Export_then_import_into_a_new_store_keeps_everything()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));
        await CliRun.Of("--db", Db, "summary", "set", "1", "A short summary.");
        var exported = _folder.File("export.json");
        var copy = _folder.File("copy.db");

        (await CliRun.Of("--db", Db, "export", exported)).ExitCode.ShouldBe(0);
        (await CliRun.Of("--db", copy, "import", exported)).ExitCode.ShouldBe(0);

        var original = await CliRun.Of("--db", Db, "article", "1", "--json");
        var imported = await CliRun.Of("--db", copy, "article", "1", "--json");
        imported.Output.ShouldBe(original.Output);
        (await CliRun.Of("--db", copy, "ask", "what did Ortiz say", "--json")).Json.GetProperty("answers").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task An_import_file_that_is_not_an_export_is_refused_and_nothing_changes()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        var run = await CliRun.Of("--db", Db, "import", _folder.Write("bad.json", "{ \"articles\": [ 1, 2"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("error: ");
        (await CliRun.Of("--db", Db, "articles", "--json")).Json.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_store_in_use_by_another_process_is_refused_clearly()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));
        using var holder = BriefingStore.Open(Db);

        var run = await CliRun.Of("--db", Db, "articles");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("in use");
    }

    [Fact]
    public async Task A_store_written_by_a_newer_version_is_refused_and_kept()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));
        using (var db = new LiteDatabase(new ConnectionString { Filename = Db }))
        {
            db.UserVersion = BriefingStore.SchemaVersion + 1;
        }

        var before = await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken);
        var run = await CliRun.Of("--db", Db, "articles");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("newer");
        (await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task An_empty_store_is_filled_with_the_sample_pack_on_first_question()
    {
        var run = await CliRun.Of("--db", Db, "ask", "what did Peskov say about bans", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var first = run.Json.GetProperty("answers")[0];
        first.GetProperty("speaker").GetString().ShouldBe("Dmitry Peskov");
        first.GetProperty("citation").GetProperty("url").GetString()!.ShouldStartWith("https://www.themoscowtimes.com/");
    }

    [Fact]
    public async Task Ingesting_into_a_new_store_does_not_load_the_sample_pack()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        (await CliRun.Of("--db", Db, "articles", "--json")).Json.GetArrayLength().ShouldBe(1);
    }
}
