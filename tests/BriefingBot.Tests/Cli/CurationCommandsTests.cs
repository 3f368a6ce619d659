using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using BriefingBot.Testing.Files;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Cli;

/// <summary>The owner's curation commands: the same previews, corrections and audit log as chat's moderators have.</summary>
public sealed class CurationCommandsTests : IDisposable
{
    private const string Article = """
        Harbour plan approved after long debate

        The council approved the harbour plan on Tuesday. “This is a good day for the town,” said Mayor Ana Ortiz.

        “We will keep the fishing boats in the old harbour,” she added.
        """;

    private readonly TemporaryDirectory _folder = new();

    private string Db => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Review_lists_a_preview_and_publish_makes_its_quotes_searchable()
    {
        var id = AddPreview();

        var review = await CliRun.Of("--db", Db, "review");
        var before = await CliRun.Of("--db", Db, "ask", "what did Ortiz say about fishing boats", "--json");
        var published = await CliRun.Of("--db", Db, "publish", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var after = await CliRun.Of("--db", Db, "ask", "what did Ortiz say about fishing boats");

        review.Output.ShouldContain($"preview {id}: Harbour plan approved after long debate");
        before.Output.ShouldNotContain("fishing boats in the old harbour");
        published.ExitCode.ShouldBe(0, published.Error);
        after.Output.ShouldContain("We will keep the fishing boats in the old harbour");
    }

    [Fact]
    public async Task Publishing_a_preview_that_does_not_exist_is_a_short_error_with_exit_code_2()
    {
        var run = await CliRun.Of("--db", Db, "publish", "99");

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe("error: There is no preview 99.");
    }

    [Fact]
    public async Task A_quote_number_that_is_not_a_number_is_a_usage_error()
    {
        var run = await CliRun.Of("--db", Db, "quote", "remove", "first");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("error: 'first' is not a quote number");
    }

    [Fact]
    public async Task The_owner_corrects_a_speaker_and_the_audit_log_shows_it()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));
        var quote = (await CliRun.Of("--db", Db, "quotes", "--speaker", "Ortiz", "--json")).Json[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var changed = await CliRun.Of("--db", Db, "quote", "speaker", quote, "Lena", "Holm");
        var quotes = await CliRun.Of("--db", Db, "quotes", "--speaker", "Lena Holm", "--json");
        var audit = await CliRun.Of("--db", Db, "audit");

        changed.ExitCode.ShouldBe(0, changed.Error);
        quotes.Json.GetArrayLength().ShouldBe(1);
        audit.Output.ShouldContain($"owner (cli owner): QuoteSpeaker quote {quote}");
        audit.Output.ShouldContain("Ana Ortiz → Lena Holm");
    }

    [Fact]
    public async Task A_removed_quote_comes_back_with_restore()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));
        var quote = (await CliRun.Of("--db", Db, "quotes", "--speaker", "Ortiz", "--json")).Json[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await CliRun.Of("--db", Db, "quote", "remove", quote)).ExitCode.ShouldBe(0);
        (await CliRun.Of("--db", Db, "quotes", "--speaker", "Ortiz", "--json")).Json.GetArrayLength().ShouldBe(1);
        (await CliRun.Of("--db", Db, "quote", "restore", quote)).ExitCode.ShouldBe(0);
        (await CliRun.Of("--db", Db, "quotes", "--speaker", "Ortiz", "--json")).Json.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_speaker_alias_finds_the_speakers_quotes()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        var alias = await CliRun.Of("--db", Db, "speaker", "alias", "Ana Ortiz", "the mayor of the harbour town");
        var quotes = await CliRun.Of("--db", Db, "quotes", "--speaker", "the mayor of the harbour town", "--json");

        alias.ExitCode.ShouldBe(0, alias.Error);
        quotes.Json.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task An_unknown_speaker_is_a_short_error()
    {
        var run = await CliRun.Of("--db", Db, "speaker", "role", "Nobody Known", "chair");

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe("error: I don't know a speaker called \"Nobody Known\".");
    }

    [Fact]
    public async Task Setting_a_summary_is_in_the_audit_log()
    {
        await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article));

        await CliRun.Of("--db", Db, "summary", "set", "1", "The", "harbour", "plan", "passed.");
        var audit = await CliRun.Of("--db", Db, "audit", "--json");

        audit.Json[0].GetProperty("action").GetString().ShouldBe("summary");
        audit.Json[0].GetProperty("after").GetString().ShouldBe("The harbour plan passed.");
    }

    // A moderator's /add, made on the store directly (the CLI's owner ingests instead).
    private int AddPreview()
    {
        using var library = BriefingLibrary.Open(new LibraryOptions { StorePath = Db, LoadSampleData = false });
        var reader = new ArticleReader();
        var desk = new CurationDesk(library, reader, new ArticleIngestor(reader, new QuoteExtractor(), library, TimeProvider.System), TimeProvider.System,
            Options.Create(new CurationOptions()));
        return desk.Add(Article, ArticleFormat.Text, "test", null, new Curator("test", "5", "Mo")).Id;
    }
}
