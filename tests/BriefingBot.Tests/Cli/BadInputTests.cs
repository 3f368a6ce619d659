using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>Bad input gets one clear line and a non-zero exit code; nothing stored before is lost.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Article = """
        Harbour plan approved after long debate

        March 3, 2024

        The council approved the harbour plan on Tuesday. “This is a good day for the town,” said Mayor Ana Ortiz.
        """;

    private readonly TemporaryDirectory _folder = new();

    private string Db => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_empty_file_is_refused_and_the_store_keeps_what_it_had()
    {
        await StoreOneArticle();
        var empty = _folder.Write("empty.txt", "");

        var run = await CliRun.Of("--db", Db, "ingest", empty);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("empty");
        await ShouldStillHoldOneArticle();
    }

    [Fact]
    public async Task A_binary_file_is_refused()
    {
        var binary = _folder.File("image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF, 0x00, 0x10], TestContext.Current.CancellationToken);

        var run = await CliRun.Of("--db", Db, "ingest", binary);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("binary");
    }

    [Fact]
    public async Task A_fifty_megabyte_file_is_refused_without_being_stored()
    {
        await StoreOneArticle();
        var huge = _folder.File("huge.txt");
        await using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var run = await CliRun.Of("--db", Db, "ingest", huge);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("huge.txt");
        await ShouldStillHoldOneArticle();
    }

    [Fact]
    public async Task A_missing_file_is_named_in_the_error()
    {
        var run = await CliRun.Of("--db", Db, "ingest", _folder.File("nowhere.txt"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("nowhere.txt");
    }

    [Fact]
    public async Task An_article_without_quotes_is_stored_with_none()
    {
        var plain = _folder.Write("plain.txt", "Quiet week at the harbour\n\nNothing much happened at the harbour this week, officials said.");

        var run = await CliRun.Of("--db", Db, "ingest", plain, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json[0].GetProperty("quotes").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Unbalanced_quote_marks_do_not_stop_the_ingest()
    {
        var odd = _folder.Write("odd.txt", "Odd marks\n\n“We will build it, said the mayor.\n\nThe council met again on Friday. ” Nobody objected.");

        var run = await CliRun.Of("--db", Db, "ingest", odd, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
    }

    [Fact]
    public async Task A_question_with_no_words_gets_a_hint()
    {
        var run = await CliRun.Of("--db", Db, "ask", "?!  …");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Ask about");
    }

    [Fact]
    public async Task A_ten_thousand_character_question_is_refused()
    {
        var run = await CliRun.Of("--db", Db, "ask", new string('a', 10_000));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("10000 characters");
    }

    [Fact]
    public async Task A_speaker_nobody_quoted_gets_a_plain_no_and_no_one_elses_words()
    {
        await StoreOneArticle();

        var run = await CliRun.Of("--db", Db, "ask", "what did Zorblax say about the harbour", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json.GetProperty("answers").GetArrayLength().ShouldBe(0);
        run.Json.GetProperty("message").GetString()!.ShouldContain("no quotes from zorblax");
    }

    [Fact]
    public async Task A_corrupt_store_is_refused_and_left_as_it_was()
    {
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Db, garbage, TestContext.Current.CancellationToken);

        var run = await CliRun.Of("--db", Db, "articles");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("error: ");
        (await File.ReadAllBytesAsync(Db, TestContext.Current.CancellationToken)).ShouldBe(garbage);
    }

    private async Task StoreOneArticle()
    {
        var run = await CliRun.Of("--db", Db, "ingest", _folder.Write("harbour.txt", Article));
        run.ExitCode.ShouldBe(0, run.Error);
    }

    private async Task ShouldStillHoldOneArticle()
    {
        var articles = await CliRun.Of("--db", Db, "articles", "--json");
        articles.Json.GetArrayLength().ShouldBe(1);
        var quotes = await CliRun.Of("--db", Db, "quotes", "--json");
        quotes.Json.GetArrayLength().ShouldBe(1);
    }
}
