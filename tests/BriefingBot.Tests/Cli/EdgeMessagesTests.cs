using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>Mistyped command lines and hostile article text: one clear line, the right exit code, nothing raw on the terminal.</summary>
public sealed class EdgeMessagesTests : IDisposable
{
    private const string Article = """
        Harbour plan approved after long debate

        The council approved the harbour plan on Tuesday. “This is a good day for the town,” said Mayor Ana Ortiz.
        """;

    private readonly TemporaryDirectory _folder = new();

    private string Db => _folder.File("store.db");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("articles", "--limit", "abc", "error: --limit expects a whole number, not 'abc'.")]
    [InlineData("articles", "--limit", "-1", "error: --limit must be between 1 and 10000, not -1.")]
    [InlineData("articles", "--limit", "100000", "error: --limit must be between 1 and 10000, not 100000.")]
    [InlineData("ask", "--limit", "0", "error: --limit must be between 1 and")]
    [InlineData("ingest", "--format", "pdf", "error: --format expects one of text, markdown, html, not 'pdf'.")]
    public async Task An_invalid_option_value_is_one_error_line_and_exit_code_2(string command, string option, string value, string expected)
    {
        string[] args = command == "ask" ? ["--db", Db, command, "what did Ortiz say", option, value]
            : command == "ingest" ? ["--db", Db, command, "-", option, value]
            : ["--db", Db, command, option, value];

        var run = await CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(expected);
        run.Error.Trim().ShouldNotContain('\n');
        run.Error.ShouldNotContain("System.");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_limit_above_the_configured_maximum_is_refused_not_clamped()
    {
        var run = await CliRun.Of("--db", Db, "ask", "what did Ortiz say", "--limit", "1000");

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe("error: --limit can be at most 25 (the setting BriefingBot:Answers:MaxLimit), not 1000.");
    }

    [Fact]
    public async Task A_folder_given_to_ingest_is_called_a_folder()
    {
        var run = await CliRun.Of("--db", Db, "ingest", _folder.Path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("is a folder, not a file");
        run.Error.ShouldNotContain("not found");
    }

    [Fact]
    public async Task A_folder_given_as_the_store_is_called_a_folder()
    {
        var run = await CliRun.Of("--db", _folder.Path, "articles");

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"error: The store path {_folder.Path} is a folder; give the store's file name, e.g. {Path.Combine(_folder.Path, "briefings.db")}.");
    }

    [Fact]
    public async Task Escape_sequences_in_an_article_never_reach_the_terminal()
    {
        var hostile = _folder.Write("hostile.txt", "Harbour \u001b]0;owned\u0007plan\u001b[2J approved\n\n“This is a \u001b[31mgood\u001b[0m day \u202Efor the town,” said Mayor Ana Ortiz.\u0007");
        (await CliRun.Of("--db", Db, "ingest", hostile)).ExitCode.ShouldBe(0);

        string[][] commands = [["articles"], ["quotes"], ["article", "1"], ["ask", "what did Ortiz say"], ["brief", "harbour"]];
        foreach (var args in commands)
        {
            var run = await CliRun.Of(["--db", Db, .. args]);
            run.ExitCode.ShouldBe(0, run.Error);
            (run.Output + run.Error).ShouldNotContain(c => c == '\u001b' || ControlCharacters.IsUnsafe(c), string.Join(' ', args));
        }
    }

    [Fact]
    public async Task Escape_sequences_in_a_question_are_not_echoed_to_the_terminal()
    {
        (await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article))).ExitCode.ShouldBe(0);

        var run = await CliRun.Of("--db", Db, "ask", "what did \u001b]0;owned\u0007Ortiz say about the \u001b[5mharbour\u202E plan");

        run.ExitCode.ShouldBe(0, run.Error);
        (run.Output + run.Error).ShouldNotContain(c => c == '\u001b' || ControlCharacters.IsUnsafe(c));
        run.Output.ShouldContain("good day for the town");
    }

    [Fact]
    public async Task An_import_with_a_null_title_or_quote_text_writes_nothing()
    {
        (await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article))).ExitCode.ShouldBe(0);
        var export = _folder.File("export.json");
        (await CliRun.Of("--db", Db, "export", export)).ExitCode.ShouldBe(0);
        var json = await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken);
        var nullTitle = _folder.Write("null-title.json", System.Text.RegularExpressions.Regex.Replace(json, "\"title\":\\s*\"[^\"]*\"", "\"title\": null"));
        var nullText = _folder.Write("null-text.json", System.Text.RegularExpressions.Regex.Replace(json, "\"text\":\\s*\"[^\"]*\"", "\"text\": null"));
        var fresh = _folder.File("fresh.db");

        foreach (var (file, why) in new[] { (nullTitle, "has no title"), (nullText, "has no text") })
        {
            var run = await CliRun.Of("--db", fresh, "import", file);
            run.ExitCode.ShouldBe(1);
            run.Error.ShouldContain(why);
        }

        if (File.Exists(fresh))
        {
            using var store = BriefingStore.Open(fresh);
            store.ArticleCount.ShouldBe(0);
            store.QuoteCount.ShouldBe(0);
        }
    }

    [Fact]
    public async Task Backup_refuses_the_configured_chat_state_file_and_links_to_it()
    {
        (await CliRun.Of("--db", Db, "ingest", _folder.Write("a.txt", Article))).ExitCode.ShouldBe(0);
        var state = _folder.File("chat-state.db");
        using (var open = BriefingBot.Chat.State.ChatStateStore.Open(state))
        {
            open.Set("telegram.offset", "41");
        }

        var before = await File.ReadAllBytesAsync(state, TestContext.Current.CancellationToken);
        var link = _folder.File("state-link.db");
        File.CreateSymbolicLink(link, state);
        var variables = new Dictionary<string, string> { ["BRIEFINGBOT__CHAT__STATEPATH"] = state };

        foreach (var target in new[] { state, link, LiteDbFile.LogPathFor(state) })
        {
            var run = await CliRun.With(variables, "--db", Db, "backup", target);
            run.ExitCode.ShouldBe(1);
            run.Error.ShouldContain("the bot's chat state");
        }

        (await File.ReadAllBytesAsync(state, TestContext.Current.CancellationToken)).ShouldBe(before);
    }
}
