using BriefingBot.Telegram.Updates;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Hosting;

/// <summary>Stopping the adapter and starting it again: nothing answered is repeated, nothing unanswered is lost.</summary>
public sealed class TelegramStopTests : IAsyncLifetime
{
    private const long Chat = 5001;
    private readonly ChatTestBed _bed = new ChatTestBed().WithPeskovArticles();
    private FakeTelegramServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeTelegramServer.StartAsync(_bed.Time, cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _bed.Dispose();
    }

    private Task<TelegramBotHarness> StartBotAsync(IDictionary<string, string?>? settings = null) => new TelegramBotHarness(_bed, _server, settings).StartAsync();

    // Fake time moves on while the test waits, so pacing plays out without real sleeps.
    private Task WaitFor(Func<FakeTelegramServer, bool> condition) =>
        _server.WaitForAsync(condition, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));

    // Three questions to one chat, taken in one batch: the first answer goes out at once, the others wait their turn
    // (one message a second per chat, on fake time that stands still until the test moves it).
    private async Task<TelegramBotHarness> StartWithQueuedRepliesAsync()
    {
        for (var i = 1; i <= 3; i++)
        {
            _server.PushMessage(Chat, $"/ask zebra{i}");
        }

        var bot = await StartBotAsync();
        var offsets = bot.Get<UpdateOffsetStore>();

        // The batch is handled (the bot asks again) and the first answer is out (the offset moved past its update).
        await _server.WaitForAsync(s => s.Calls.Count(c => c.Method == "getUpdates") >= 2 && offsets.Load() == 2);
        return bot;
    }

    [Fact]
    public async Task Replies_queued_when_the_bot_stops_still_go_out_and_the_restart_repeats_none()
    {
        var bot = await StartWithQueuedRepliesAsync();

        var stopping = bot.StopAsync();
        await WaitFor(s => s.Sent.Count >= 3);
        await stopping;
        bot.Get<UpdateOffsetStore>().Load().ShouldBe(4);
        await bot.DisposeAsync();

        _bed.Restart();
        await using var restarted = await StartBotAsync();
        _server.PushMessage(Chat, "/ask zebra4");
        await WaitFor(s => s.Sent.Count >= 4);

        _server.Sent.Select(m => m.Text).ShouldBe(Enumerable.Range(1, 4).Select(i => $"<i>I have nothing on zebra{i} yet.</i>"));
    }

    [Fact]
    public async Task Replies_a_stop_had_to_drop_are_answered_after_the_restart_and_those_sent_are_not_repeated()
    {
        var bot = await StartWithQueuedRepliesAsync();

        await bot.StopAsync(new CancellationToken(canceled: true)); // the shutdown bound has run out
        bot.Get<UpdateOffsetStore>().Load().ShouldBe(2);
        await bot.DisposeAsync();
        _server.Sent.Count.ShouldBe(1);

        _bed.Restart();
        await using var restarted = await StartBotAsync();
        await WaitFor(s => s.Sent.Count >= 3);
        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 4);

        _server.Sent.Take(3).Select(m => m.Text).ShouldBe(Enumerable.Range(1, 3).Select(i => $"<i>I have nothing on zebra{i} yet.</i>"));
        _server.Sent.Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_webhook_update_is_acknowledged_only_once_its_reply_is_out()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}/telegram/hook";
        await using var bot = await StartBotAsync(new Dictionary<string, string?>
        {
            ["Mode"] = "Webhook",
            ["WebhookUrl"] = url,
            ["WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["WebhookSecret"] = "s3cret-token_1",
        });
        await _server.WaitForAsync(s => s.Calls.Any(c => c.Method == "setWebhook"));
        _server.Fail("sendMessage", 502); // the first attempt fails; the retry waits a second of fake time
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(
                """{"update_id": 90, "message": {"message_id": 3, "date": 1, "chat": {"id": 5001, "type": "private"}, "from": {"id": 7, "is_bot": false, "first_name": "Tess"}, "text": "/help"}}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "s3cret-token_1");

        var post = http.SendAsync(request, TestContext.Current.CancellationToken);
        await _server.WaitForAsync(s => s.Calls.Any(c => c.Method == "sendMessage"));
        post.IsCompleted.ShouldBeFalse(); // no reply has gone out yet, and fake time stands still

        await WaitFor(s => s.Sent.Count >= 1);
        using var response = await post;
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
