using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using BriefingBot.Chat;
using BriefingBot.Chat.Health;
using BriefingBot.Chat.Paging;
using BriefingBot.Telegram.Updates;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Metrics;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Hosting;

public sealed class TelegramBotTests : IAsyncLifetime
{
    private const long Chat = 5001;
    private const long Group = -100777;
    private const string WebhookSecret = "s3cret-token_1";
    private const string HelpUpdate = """{"update_id": 90, "message": {"message_id": 3, "date": 1, "chat": {"id": 5001, "type": "private"}, "from": {"id": 7, "is_bot": false, "first_name": "Tess"}, "text": "/help"}}""";
    private readonly ChatTestBed _bed = new ChatTestBed().WithPeskovArticles();
    private FakeTelegramServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeTelegramServer.StartAsync(_bed.Time, cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _bed.Dispose();
    }

    private Task<TelegramBotHarness> StartBotAsync(IDictionary<string, string?>? settings = null) => new TelegramBotHarness(_bed, _server, settings).StartAsync();

    // Fake time moves on while the test waits, so retry waits and pacing play out without real sleeps.
    private Task WaitFor(Func<FakeTelegramServer, bool> condition) =>
        _server.WaitForAsync(condition, between: () => _bed.Time.Advance(TimeSpan.FromMilliseconds(250)));

    [Fact]
    public async Task A_question_gets_the_cited_peskov_quote_as_valid_telegram_html()
    {
        await using var bot = await StartBotAsync();

        _server.PushMessage(Chat, "what did Peskov say about bans");
        await WaitFor(s => s.Sent.Count >= 1);

        var sent = _server.Sent[0];
        sent.ChatId.ShouldBe(Chat);
        sent.ParseMode.ShouldBe("HTML");
        var text = sent.Text!;
        text.ShouldContain("<blockquote>“");
        text.ShouldContain("— Dmitry Peskov");
        text.ShouldContain("<a href=\"https://news.example/");
        text.ShouldContain("Example News, ");
        sent.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>().ShouldBeTrue();
        TelegramHtmlChecker.Check(text, out _).ShouldBeNull();
        _server.Calls.ShouldContain(c => c.Method == "setMyCommands");
        _server.Calls.ShouldContain(c => c.Method == "sendChatAction" && c.ChatId == Chat);
    }

    [Fact]
    public async Task Markup_in_a_question_or_in_article_text_comes_back_escaped()
    {
        await using var bot = await StartBotAsync();

        _server.PushMessage(Chat, "/brief fines & <b>bold</b> <script>alert(1)</script>");
        _server.PushMessage(Chat, "/quotes <b>Zorblax</b> & <script>");
        await WaitFor(s => s.Sent.Count >= 2);

        var brief = _server.Sent[0].Text!;
        brief.ShouldContain("&lt;b&gt;nothing&lt;/b&gt; else works &amp; the platform refuses");
        brief.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        brief.ShouldNotContain("<script>");
        var refusal = _server.Sent[1].Text!;
        refusal.ShouldContain("&lt;b&gt;Zorblax&lt;/b&gt;");
        _server.Calls.Where(c => c.Method == "sendMessage").ShouldAllBe(c => c.Succeeded);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_and_the_message_delivered_once()
    {
        await using var bot = await StartBotAsync();
        _server.Fail("sendMessage", 429, retryAfter: 7);

        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 1);

        var attempts = _server.Calls.Where(c => c.Method == "sendMessage").ToList();
        attempts.Count.ShouldBe(2);
        attempts[0].Status.ShouldBe(429);
        (attempts[1].At - attempts[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7));
        _server.Sent.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_429_wait_is_counted_as_a_rate_limit_wait()
    {
        await using var bot = new TelegramBotHarness(_bed, _server);
        using var recorded = new RecordedMeasurements(bot.Get<IMeterFactory>());
        await bot.StartAsync();
        _server.Fail("sendMessage", 429, retryAfter: 7);

        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 1);

        recorded.Of("briefingbot.telegram.rate_limit.waits").ShouldContain(m => m.Tags["reason"] == "retry_after");
        recorded.Of("briefingbot.telegram.rate_limit.wait_time").Where(m => m.Tags["reason"] == "retry_after").Sum(m => m.Value).ShouldBe(7);
    }

    [Fact]
    public async Task A_getupdates_outage_shows_the_adapter_reconnecting_until_polling_works_again()
    {
        await using var bot = new TelegramBotHarness(_bed, _server);
        var states = new List<AdapterState>();
        bot.Get<AdapterHealth>().Changed += s =>
        {
            lock (states)
            {
                states.Add(s.State);
            }
        };
        await bot.StartAsync();
        await WaitFor(s => s.Calls.Any(c => c.Method == "getUpdates" && c.Succeeded));
        _server.Fail("getUpdates", 502, times: 2);

        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 1);

        lock (states)
        {
            states.ShouldBe([AdapterState.Starting, AdapterState.Connected, AdapterState.Reconnecting, AdapterState.Connected]);
        }
    }

    [Fact]
    public async Task A_message_telegram_cannot_parse_is_sent_again_as_plain_text()
    {
        await using var bot = await StartBotAsync();
        _server.Fail("sendMessage", 400);

        _server.PushMessage(Chat, "what did Peskov say about bans");
        await WaitFor(s => s.Sent.Count >= 1);

        _server.Sent.Single().ParseMode.ShouldBeNull();
        _server.Sent.Single().Text!.ShouldContain("“");
        _server.Sent.Single().Text!.ShouldNotContain("<blockquote>");
    }

    [Fact]
    public async Task A_502_during_getUpdates_loses_and_repeats_nothing_also_across_a_restart()
    {
        var bot = await StartBotAsync();
        _server.Fail("getUpdates", 502, times: 3);
        var first = Enumerable.Range(1, 3).Select(i => _server.PushMessage(Chat, $"/ask zebra{i}")).ToList();
        await WaitFor(s => s.Sent.Count >= 3);
        await bot.DisposeAsync();

        var second = Enumerable.Range(4, 3).Select(i => _server.PushMessage(Chat, $"/ask zebra{i}")).ToList();
        _bed.Restart();
        _server.Fail("getUpdates", 502);
        await using var restarted = await StartBotAsync();
        await WaitFor(s => s.Sent.Count >= 6);
        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 7);

        _server.Calls.Count(c => c.Method == "getUpdates" && c.Status == 502).ShouldBe(4);
        _server.Sent.Take(6).Select(m => m.Text).ShouldBe(Enumerable.Range(1, 6).Select(i => $"<i>I have nothing on zebra{i} yet.</i>"));
        _server.Sent.Count.ShouldBe(7);
        first.Concat(second).ShouldAllBe(id => _server.Deliveries[id] >= 1); // a poll cut short by the stop may hand some out again: answered once all the same
    }

    [Fact]
    public async Task A_group_command_for_another_bot_is_ignored_and_one_for_ours_answered()
    {
        await using var bot = await StartBotAsync();

        _server.PushMessage(Group, "/ask@OtherBot what did Peskov say about bans", "supergroup");
        _server.PushMessage(Group, "what did Peskov say about bans", "supergroup");
        _server.PushMessage(Group, $"/ask@{FakeTelegramServer.BotUsername} what did Peskov say about bans", "supergroup");
        await WaitFor(s => s.Sent.Count >= 1);
        _server.PushMessage(Group, $"@{FakeTelegramServer.BotUsername} /frobnicate", "supergroup");
        _server.PushMessage(Group, "Peskov on bans?", "supergroup", replyToBot: true);
        await WaitFor(s => s.Sent.Count >= 3);

        _server.Sent.Count.ShouldBe(3);
        _server.Sent[0].ChatId.ShouldBe(Group);
        _server.Sent[0].Text!.ShouldContain("Dmitry Peskov");
        _server.Sent[0].Body["reply_parameters"].ShouldNotBeNull();
        _server.Sent[2].Text!.ShouldContain("Dmitry Peskov");
    }

    [Fact]
    public async Task More_pages_through_results_and_stale_or_forged_buttons_get_a_short_reply()
    {
        await using var bot = await StartBotAsync();

        _server.PushMessage(Chat, "/quotes Peskov");
        await WaitFor(s => s.Sent.Count >= 1);
        var button = _server.Sent[0].Body["reply_markup"]!["inline_keyboard"]![0]![0]!;
        button["text"]!.GetValue<string>().ShouldStartWith("More");
        _server.PushCallback(Chat, button["callback_data"]!.GetValue<string>());
        await WaitFor(s => s.Sent.Count >= 2);
        _server.PushCallback(Chat, "more:AAAAAAAAAAAA");
        _server.PushCallback(Chat, "<b>forged</b>");
        await WaitFor(s => s.Calls.Count(c => c.Method == "answerCallbackQuery") >= 3 && s.Sent.Count >= 4);

        _server.Sent[1].Text!.ShouldStartWith("<b>Quotes 6–");
        var answers = _server.Calls.Where(c => c.Method == "answerCallbackQuery").ToList();
        answers[0].Body["text"].ShouldBeNull();
        answers[1].Body["text"]!.GetValue<string>().ShouldBe(PagedAnswers.UnknownMessage);
        answers[2].Body["text"]!.GetValue<string>().ShouldBe(PagedAnswers.UnknownMessage);
    }

    [Fact]
    public async Task An_inline_query_returns_cited_results_anyone_can_send()
    {
        await using var bot = await StartBotAsync();

        var asked = _server.PushInlineQuery("peskov bans");
        var empty = _server.PushInlineQuery("");
        await WaitFor(s => s.Calls.Count(c => c.Method == "answerInlineQuery") >= 2);

        // Inline queries are answered side by side: each answer is found by its query's id.
        var answers = _server.Calls.Where(c => c.Method == "answerInlineQuery").ToDictionary(c => c.Body["inline_query_id"]!.GetValue<string>());
        var answer = answers[$"iq{asked}"].Body;
        answer["is_personal"]?.GetValue<bool>().ShouldNotBe(true);
        answer["cache_time"]!.GetValue<int>().ShouldBe(300);
        var results = answer["results"]!.AsArray();
        results.Count.ShouldBeGreaterThan(0);
        results.Select(r => r!["title"]!.GetValue<string>()).ShouldAllBe(t => t == "Dmitry Peskov");
        var content = results[0]!["input_message_content"]!;
        var html = content["message_text"]!.GetValue<string>();
        html.ShouldStartWith("<blockquote>");
        html.ShouldContain("<a href=\"https://news.example/");
        TelegramHtmlChecker.Check(html, out _).ShouldBeNull();
        answers[$"iq{empty}"].Body["results"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_burst_of_fifty_questions_is_answered_in_order_none_dropped_and_paced()
    {
        await using var bot = await StartBotAsync();

        for (var i = 1; i <= 50; i++)
        {
            _server.PushMessage(Chat, $"/ask zebra{i}");
        }

        await WaitFor(s => s.Sent.Count >= 50);

        var sent = _server.Sent;
        sent.Select(m => m.Text).ShouldBe(Enumerable.Range(1, 50).Select(i => $"<i>I have nothing on zebra{i} yet.</i>"));
        // Arrival times carry a little jitter from the test moving fake time on; exact spacing is SendPacerTests' job.
        (sent[^1].At - sent[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(47));
    }

    [Fact]
    public async Task A_group_gets_at_most_twenty_messages_a_minute()
    {
        await using var bot = await StartBotAsync();

        for (var i = 1; i <= 22; i++)
        {
            _server.PushMessage(Group, $"/ask zebra{i}", "group");
        }

        await WaitFor(s => s.Sent.Count >= 22);

        var sent = _server.Sent;
        (sent[20].At - sent[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(58));
        (sent[21].At - sent[1].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(58));
    }

    [Fact]
    public async Task Bad_input_gets_a_short_reply_or_silence_and_the_bot_keeps_running()
    {
        await using var bot = await StartBotAsync();

        _server.PushMessage(Chat, "/ask");
        _server.PushMessage(Chat, "/frobnicate");
        _server.PushMessage(Chat, new string('x', 10_000));
        _server.PushMessage(Chat, "😀🎉😀");
        _server.PushMessage(Chat, null, extra: new JsonObject { ["sticker"] = new JsonObject { ["file_id"] = "s", ["file_unique_id"] = "u", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false } });
        _server.PushMessage(Group, null, "group", extra: new JsonObject { ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["file_unique_id"] = "u", ["width"] = 1, ["height"] = 1 }) });
        _server.PushUpdate(new JsonObject { ["edited_message"] = new JsonObject { ["message_id"] = 5, ["date"] = 0, ["edit_date"] = 1, ["chat"] = new JsonObject { ["id"] = Chat, ["type"] = "private" }, ["text"] = "/help" } });
        _server.PushMessage(-100999, "/ask what did Peskov say about bans", "channel");
        _server.PushUpdate(new JsonObject { ["poll"] = new JsonObject { ["id"] = "p" } });
        _server.PushUpdate(new JsonObject { ["message"] = new JsonObject { ["message_id"] = "not a number", ["chat"] = "?" } });
        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 6);

        var texts = _server.Sent.Select(m => m.Text!).ToList();
        texts.Count.ShouldBe(6);
        texts[0].ShouldContain("Ask a question after /ask");
        texts[1].ShouldContain("I don't know /frobnicate");
        texts[2].ShouldContain("too long");
        texts[3].ShouldContain("for example: what did Peskov say about bans");
        texts[4].ShouldContain("I read text only");
        texts[5].ShouldContain("/quotes SPEAKER [TOPIC]");
    }

    [Fact]
    public async Task A_refused_token_fails_the_adapter_with_a_clear_reason_and_leaves_the_application_running()
    {
        await using var bot = await StartBotAsync(new Dictionary<string, string?> { ["Token"] = "4242:WRONG_token-abcdefghijklmnopqrstuvwxyz" });
        var health = bot.Get<AdapterHealth>();

        await WaitFor(_ => health.StateOf("telegram") == AdapterState.Failed);

        var service = bot.Get<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>().OfType<BriefingBot.Telegram.Hosting.TelegramBotService>().Single();
        var error = service.FatalError!;
        health.Adapters.Single().Reason.ShouldBe(error);
        bot.Lifetime.StopRequested.ShouldBeFalse();
        error.ShouldContain("BRIEFINGBOT__TELEGRAM__TOKEN");
        error.ShouldNotContain("WRONG_token");
        bot.Logs.Lines.ShouldNotBeEmpty();
        bot.Logs.Lines.ShouldAllBe(line => !line.Contains("WRONG_token"));
    }

    [Fact]
    public async Task The_token_is_never_logged_even_when_calls_fail()
    {
        await using var bot = await StartBotAsync();
        _server.Fail("getUpdates", 502, times: 2);
        _server.Fail("sendMessage", 429, retryAfter: 2);
        _server.Fail("sendMessage", 400);
        _server.Fail("sendMessage", 502);

        _server.PushMessage(Chat, "/help");
        await WaitFor(s => s.Sent.Count >= 1);

        bot.Logs.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(4);
        bot.Logs.Lines.ShouldAllBe(line => !line.Contains(FakeTelegramServer.Token) && !line.Contains("TEST_token"));
    }

    [Fact]
    public async Task Webhook_mode_takes_updates_with_the_secret_and_refuses_others()
    {
        var (bot, url) = await StartWebhookBotAsync();
        await using var _ = bot;
        _server.Calls.Single(c => c.Method == "setWebhook").Body["secret_token"]!.GetValue<string>().ShouldBe(WebhookSecret);
        using var http = new HttpClient();

        var forged = await Post(http, url, HelpUpdate, "wrong");
        var missing = await Post(http, url, HelpUpdate, null);
        var genuine = await Post(http, url, HelpUpdate, WebhookSecret);
        await WaitFor(s => s.Sent.Count >= 1);

        forged.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        missing.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        genuine.ShouldBe(System.Net.HttpStatusCode.OK);
        _server.Sent.Single().Text!.ShouldContain("/ask QUESTION");
    }

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

        var stopping = bot.StopAsync(TestContext.Current.CancellationToken);
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
        var (bot, url) = await StartWebhookBotAsync();
        await using var _ = bot;
        _server.Fail("sendMessage", 502); // the first attempt fails; the retry waits a second of fake time
        using var http = new HttpClient();

        var post = PostAsync(http, url, HelpUpdate, WebhookSecret);
        await _server.WaitForAsync(s => s.Calls.Any(c => c.Method == "sendMessage"));
        post.IsCompleted.ShouldBeFalse(); // no reply has gone out yet, and fake time stands still

        await WaitFor(s => s.Sent.Count >= 1);
        using var response = await post;
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    // A bot in webhook mode on a free local port, registered with the fake: it and the URL Telegram posts updates to.
    private async Task<(TelegramBotHarness Bot, string Url)> StartWebhookBotAsync()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}/telegram/hook";
        var bot = await StartBotAsync(new Dictionary<string, string?>
        {
            ["Mode"] = "Webhook",
            ["WebhookUrl"] = url,
            ["WebhookListenUrl"] = $"http://127.0.0.1:{port}",
            ["WebhookSecret"] = WebhookSecret,
        });
        await WaitFor(s => s.Calls.Any(c => c.Method == "setWebhook"));
        return (bot, url);
    }

    private static async Task<System.Net.HttpStatusCode> Post(HttpClient http, string url, string json, string? secret)
    {
        using var response = await PostAsync(http, url, json, secret);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string url, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
