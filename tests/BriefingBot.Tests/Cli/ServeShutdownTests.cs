using BriefingBot.Chat.State;
using BriefingBot.Core.Storage;
using BriefingBot.Telegram.Updates;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// `serve` stopped with a signal and started again, as a real process against the fake Bot API: it exits 0, closes its
/// files cleanly, and the next start neither loses nor repeats an update.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed class ServeShutdownTests : IAsyncLifetime
{
    private const long Chat = 5001;

    // A first start fills an empty store with the sample pack; on a busy machine that takes a while.
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);

    private readonly TemporaryDirectory _folder = new();
    private FakeTelegramServer _telegram = null!;

    private string Store => _folder.File("briefings.db");

    private string ChatState => _folder.File("chat-state.db");

    public async ValueTask InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _folder.Dispose();
    }

    private ServeProcess StartServe(string shutdownTimeout = "00:00:20") => ServeProcess.Start(_folder.Path, Store, new Dictionary<string, string>
    {
        ["BRIEFINGBOT__TELEGRAM__TOKEN"] = FakeTelegramServer.Token,
        ["BRIEFINGBOT__TELEGRAM__BASEURL"] = _telegram.BaseUrl,
        ["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
        ["BRIEFINGBOT__CHAT__STATEPATH"] = ChatState,
        ["BRIEFINGBOT__SERVE__SHUTDOWNTIMEOUT"] = shutdownTimeout,
    });

    [Fact]
    public async Task Sigterm_ends_serve_with_exit_0_and_the_next_start_answers_what_came_meanwhile_and_repeats_nothing()
    {
        await using (var first = StartServe())
        {
            // The reply is held up for 8 seconds (429, retry after 8): the stop must wait for it.
            _telegram.Fail("sendMessage", 429, retryAfter: 8);
            _telegram.PushMessage(Chat, "what did Peskov say about bans");
            await _telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "sendMessage"), Startup);

            (await first.StopAsync("TERM")).ShouldBe(0, first.Output + first.Error);
            _telegram.Sent.Count.ShouldBe(1);
        }

        File.Exists(Store + ".lock").ShouldBeFalse();
        File.Exists(_folder.File("briefings-log.db")).ShouldBeFalse(); // LiteDB's log went into the file on close
        File.Exists(_folder.File("chat-state-log.db")).ShouldBeFalse();
        var stored = StoreFacts();

        _telegram.PushMessage(Chat, "/help"); // while no bot runs
        await using (var second = StartServe())
        {
            await _telegram.WaitForAsync(s => s.Sent.Count >= 2, Startup);
            var last = _telegram.PushMessage(Chat, "/ask zebra");
            await _telegram.WaitForAsync(s => s.Sent.Count >= 3);

            (await second.StopAsync("TERM")).ShouldBe(0, second.Output + second.Error);
            StoredOffset().ShouldBe(last + 1);
        }

        StoreFacts().ShouldBe(stored);
        var sent = _telegram.Sent.Select(m => m.Text!).ToList();
        sent.Count.ShouldBe(3, string.Join("\n", sent));
        sent[0].ShouldContain("Peskov");
        sent[1].ShouldContain("/ask QUESTION");
        sent[2].ShouldBe("<i>I have nothing on zebra yet.</i>");
    }

    [Fact]
    public async Task A_reply_held_up_past_the_shutdown_bound_is_dropped_at_the_bound_and_its_question_answered_after_the_restart()
    {
        await using (var first = StartServe(shutdownTimeout: "00:00:02"))
        {
            _telegram.Fail("sendMessage", 429, retryAfter: 100);
            var question = _telegram.PushMessage(Chat, "/ask zebra");
            await _telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "sendMessage"), Startup);

            (await first.StopAsync("TERM")).ShouldBe(0, first.Output + first.Error);
            StoredOffset().ShouldNotBe(question + 1);
        }

        await using (var second = StartServe())
        {
            await _telegram.WaitForAsync(s => s.Sent.Count >= 1, Startup);
            _telegram.PushMessage(Chat, "/help");
            await _telegram.WaitForAsync(s => s.Sent.Count >= 2);
            (await second.StopAsync("TERM")).ShouldBe(0, second.Output + second.Error);
        }

        var sent = _telegram.Sent.Select(m => m.Text!).ToList();
        sent.Count.ShouldBe(2, string.Join("\n", sent));
        sent[0].ShouldBe("<i>I have nothing on zebra yet.</i>");
        sent[1].ShouldContain("/ask QUESTION");
    }

    [Fact]
    public async Task Ctrl_c_ends_serve_with_exit_0()
    {
        await using var serve = StartServe();
        await _telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "getUpdates"), Startup);

        (await serve.StopAsync("INT")).ShouldBe(0, serve.Output + serve.Error);
        File.Exists(Store + ".lock").ShouldBeFalse();
    }

    private (int Articles, int Quotes, string StoreId, long Changes) StoreFacts()
    {
        using var store = BriefingStore.Open(Store);
        return (store.ArticleCount, store.QuoteCount, store.StoreId, store.Changes);
    }

    private int? StoredOffset()
    {
        using var state = ChatStateStore.Open(ChatState);
        return new UpdateOffsetStore(state).Load();
    }
}
