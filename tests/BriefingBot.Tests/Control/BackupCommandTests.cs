using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;
using BriefingBot.Testing.Telegram;
using BriefingBot.Tests.Cli;

namespace BriefingBot.Tests.Control;

/// <summary>`backup PATH`: a copy of a store nobody holds, and of the store a running bot holds (made by the bot).</summary>
[Collection(ServeProcesses.Name)]
public sealed class BackupCommandTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_store_nobody_holds_is_copied_directly()
    {
        var store = _folder.File("store.db");
        (await CliRun.Of("--db", store, "ingest", _folder.Write("a.txt", "Pier reopens\n\n“The pier is safe again,” said engineer Rosa Lind."))).ExitCode.ShouldBe(0);

        var run = await CliRun.Of("--db", store, "backup", _folder.File("copy.db"), "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Json.GetProperty("articles").GetInt32().ShouldBe(1);
        var articles = await CliRun.Of("--db", _folder.File("copy.db"), "quotes", "--json");
        articles.Json[0].GetProperty("text").GetString().ShouldBe("The pier is safe again,");
    }

    [Fact]
    public async Task A_missing_store_is_named_and_not_created()
    {
        var store = _folder.File("none.db");

        var run = await CliRun.Of("--db", store, "backup", _folder.File("copy.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"error: There is no store at {store}; pass --db PATH or set BRIEFINGBOT__LIBRARY__STOREPATH.");
        File.Exists(store).ShouldBeFalse();
    }

    [Fact]
    public async Task A_store_held_by_a_process_that_takes_no_commands_is_named()
    {
        var store = _folder.File("store.db");
        using var holder = BriefingStore.Open(store);

        var run = await CliRun.Of("--db", store, "backup", _folder.File("copy.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"error: The store {store} is in use by another BriefingBot process;");
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Serve_in_another_process_makes_the_backup_and_keeps_answering()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var store = _folder.File("store.db");
        await using var serve = ServeProcess.Start(_folder.Path, store, new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN"] = FakeTelegramServer.Token,
            ["BRIEFINGBOT__TELEGRAM__BASEURL"] = telegram.BaseUrl,
            ["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
        });
        // The backup listener starts before the Telegram adapter, so polling means it listens.
        await telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "getUpdates"), TimeSpan.FromSeconds(60));

        var run = await CliRun.Of("--db", store, "backup", _folder.File("copy.db"), "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        var copied = run.Json.GetProperty("articles").GetInt32();
        copied.ShouldBeGreaterThan(0); // the sample pack
        var quotes = await CliRun.Of("--db", _folder.File("copy.db"), "articles", "--json");
        quotes.Json.GetArrayLength().ShouldBe(copied);
        telegram.PushMessage(5, "what did Peskov say about bans");
        await telegram.WaitForAsync(s => s.Sent.Count >= 1, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Through_the_running_bot_the_live_store_is_never_overwritten()
    {
        await using var running = await RunningLibrary.StartAsync();
        NumberedArticles.Add(running.Test, 1);
        var store = running.Test.Library.Store.Path;

        var run = await CliRun.Of("--db", store, "backup", store);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"belongs to the live store {store}");
        running.Test.Library.Store.ArticleCount.ShouldBe(1);
    }
}
