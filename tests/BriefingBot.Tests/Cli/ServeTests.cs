using System.Net;
using System.Text.Json;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Network;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// `serve` as a user runs it (a separate process), with Telegram and Discord served by the fakes on 127.0.0.1 and the
/// health listener on a free port: adapters stand or fall on their own, and every failure to start is one line.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed class ServeTests : IAsyncDisposable
{
    private const string RefusedTelegramToken = "4242:WRONG_token-abcdefghijklmnopqrstuvwxyz";
    private const string DiscordToken = FakeDiscord.BotToken;

    private readonly TemporaryDirectory _folder = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly int _healthPort = FreePort.Next();
    private FakeTelegramServer? _telegram;
    private FakeDiscord? _discord;

    private string Store => _folder.File("serve.db");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_telegram is not null)
        {
            await _telegram.DisposeAsync();
        }

        if (_discord is not null)
        {
            await _discord.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task Ready_is_503_until_every_configured_adapter_is_connected_then_200()
    {
        await using var serve = await StartAsync(telegram: true, discord: true);
        var gateway = await _discord!.NextConnectionAsync();
        await serve.WaitUntilAsync(async () => (await ReadyAsync()).Body is { } body && State(body, "telegram") == "connected", "Telegram connected");

        var before = await ReadyAsync();
        await gateway.SendHelloAsync();
        await gateway.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        await gateway.SendReadyAsync("session-1", _discord.ResumeUrl);
        await serve.WaitUntilAsync(async () => (await ReadyAsync()).Status == HttpStatusCode.OK, "ready");
        var after = await ReadyAsync();

        before.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        State(before.Body!.Value, "discord").ShouldBe("starting");
        State(after.Body!.Value, "discord").ShouldBe("connected");
        State(after.Body!.Value, "store").ShouldBe("open");
    }

    [Fact]
    public async Task A_refused_discord_token_is_logged_in_one_line_and_telegram_keeps_answering()
    {
        await using var serve = await StartAsync(telegram: true, discord: true);
        var gateway = await _discord!.NextConnectionAsync();
        await gateway.SendHelloAsync();
        await gateway.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        await gateway.CloseAsync(4004, "Authentication failed.");
        await serve.WaitUntilAsync(async () => (await ReadyAsync()).Body is { } body && State(body, "discord") == "failed", "Discord failed");

        _telegram!.PushMessage(1001, "/help");
        await _telegram.WaitForAsync(s => s.Sent.Count >= 1);

        serve.HasExited.ShouldBeFalse();
        var ready = await ReadyAsync();
        ready.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ready.Body!.Value.GetProperty("components").GetProperty("discord").GetProperty("reason").GetString()!.ShouldContain("4004");
        State(ready.Body!.Value, "telegram").ShouldBe("connected");
        var logged = serve.Output.Split('\n').Where(l => l.Contains("4004", StringComparison.Ordinal)).ToList();
        logged.Count.ShouldBe(1);
        logged[0].ShouldContain("BRIEFINGBOT__DISCORD__TOKEN");
        serve.Output.ShouldNotContain(DiscordToken);
    }

    [Fact]
    public async Task Metrics_count_a_question_answered_through_telegram()
    {
        await using var serve = await StartAsync(telegram: true, discord: false);
        await serve.WaitUntilAsync(async () => (await ReadyAsync()).Status == HttpStatusCode.OK, "ready");

        _telegram!.PushMessage(1001, "what did Peskov say about bans");
        await _telegram.WaitForAsync(s => s.Sent.Count >= 1);
        var metrics = await _http.GetStringAsync($"http://127.0.0.1:{_healthPort}/metrics", TestContext.Current.CancellationToken);

        metrics.ShouldMatch("""briefingbot_questions_answered_total\{command="ask",outcome="\w+",platform="telegram"\} 1""");
        metrics.ShouldContain("""briefingbot_answer_duration_seconds_count{command="ask",platform="telegram"} 1""");
        metrics.ShouldContain("# TYPE briefingbot_answer_duration_seconds histogram");
    }

    [Fact]
    public async Task When_every_configured_adapter_has_failed_serve_exits_1_naming_each_reason()
    {
        await using var serve = await StartAsync(telegram: true, discord: true, telegramToken: RefusedTelegramToken);
        var gateway = await _discord!.NextConnectionAsync();
        await gateway.SendHelloAsync();
        await gateway.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        await gateway.CloseAsync(4004, "Authentication failed.");

        var code = await serve.WaitForExitAsync();

        code.ShouldBe(1);
        var lines = serve.Error.Trim().Split('\n');
        lines.Length.ShouldBe(1);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldContain("Telegram refused the bot token");
        lines[0].ShouldContain("4004");
        (serve.Output + serve.Error).ShouldNotContain("WRONG_token");
    }

    [Fact]
    public async Task An_adapter_that_crashes_is_marked_failed_and_when_it_was_the_only_one_serve_exits_1_with_the_reason()
    {
        _telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _telegram.Fail("setWebhook", 400); // Telegram refuses the webhook: an error the adapter does not handle
        await using var serve = await StartAsync(telegram: true, discord: false, settings: new()
        {
            ["BRIEFINGBOT__TELEGRAM__MODE"] = "Webhook",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKURL"] = "https://bot.example.org/telegram",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKSECRET"] = "webhook-secret",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKLISTENURL"] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        var code = await serve.WaitForExitAsync();

        code.ShouldBe(1);
        var line = serve.Error.Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldStartWith("error: the telegram adapter stopped: ");
        line.ShouldContain("Bad Request");
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_serve_with_one_line_and_is_left_as_it_was()
    {
        var garbage = new byte[64 * 1024];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Store, garbage, TestContext.Current.CancellationToken);
        await using var serve = await StartAsync(telegram: true, discord: false);

        var code = await serve.WaitForExitAsync();

        code.ShouldBe(1);
        serve.Error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("error: ");
        serve.Output.ShouldNotContain("   at ");
        (await File.ReadAllBytesAsync(Store, TestContext.Current.CancellationToken)).ShouldBe(garbage);
        _telegram!.Calls.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("BRIEFINGBOT__HEALTH__PORT", "{0}", "BriefingBot:Health:Port {0} is already in use (set BRIEFINGBOT__HEALTH__PORT)")]
    [InlineData("BRIEFINGBOT__TELEGRAM__WEBHOOKLISTENURL", "http://127.0.0.1:{0}",
        "BriefingBot:Telegram:WebhookListenUrl port {0} is already in use (set BRIEFINGBOT__TELEGRAM__WEBHOOKLISTENURL)")]
    [InlineData("BRIEFINGBOT__DISCORD__HTTPLISTENURL", "http://127.0.0.1:{0}",
        "BriefingBot:Discord:HttpListenUrl port {0} is already in use (set BRIEFINGBOT__DISCORD__HTTPLISTENURL)")]
    public async Task A_port_already_taken_stops_serve_with_one_line_naming_the_setting(string variable, string value, string message)
    {
        using var taken = FreePort.Taken();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var settings = new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__MODE"] = "Webhook",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKURL"] = "https://bot.example.org/telegram",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKSECRET"] = "webhook-secret",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKLISTENURL"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["BRIEFINGBOT__DISCORD__MODE"] = "Http",
            ["BRIEFINGBOT__DISCORD__PUBLICKEY"] = new string('a', 64),
            ["BRIEFINGBOT__DISCORD__HTTPLISTENURL"] = $"http://127.0.0.1:{FreePort.Next()}",
            [variable] = string.Format(System.Globalization.CultureInfo.InvariantCulture, value, port),
        };
        await using var serve = await StartAsync(telegram: true, discord: true, settings: settings);

        var code = await serve.WaitForExitAsync();

        code.ShouldBe(1);
        serve.Error.Trim().ShouldBe("error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, port));
        serve.Output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Healthcheck_exits_0_once_the_running_serve_is_ready()
    {
        await using var serve = await StartAsync(telegram: true, discord: false);
        await serve.WaitUntilAsync(async () => (await ReadyAsync()).Status == HttpStatusCode.OK, "ready");

        await using var check = ServeProcess.Start(["healthcheck"], HealthSettings());
        var exit = await check.WaitForExitAsync();

        exit.ShouldBe(0, check.Error);
        check.Output.ShouldStartWith($"200 http://127.0.0.1:{_healthPort}/healthz/ready");
    }

    [Fact]
    public async Task Healthcheck_exits_1_with_one_line_when_nothing_answers()
    {
        await using var check = ServeProcess.Start(["healthcheck"], HealthSettings());
        var exit = await check.WaitForExitAsync();

        exit.ShouldBe(1);
        check.Error.Trim().ShouldStartWith($"error: no answer from http://127.0.0.1:{_healthPort}/healthz/ready");
        check.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    [Fact]
    public async Task Healthcheck_says_the_listener_is_off_when_it_is_not_enabled()
    {
        await using var check = ServeProcess.Start(["healthcheck"], new Dictionary<string, string>());
        var exit = await check.WaitForExitAsync();

        exit.ShouldBe(1);
        check.Error.Trim().ShouldBe("error: the health listener is off (set BRIEFINGBOT__HEALTH__ENABLED=true)");
    }

    private Dictionary<string, string> HealthSettings() => new()
    {
        ["BRIEFINGBOT__HEALTH__ENABLED"] = "true",
        ["BRIEFINGBOT__HEALTH__PORT"] = _healthPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? State(JsonElement ready, string component) =>
        ready.GetProperty("components").TryGetProperty(component, out var c) ? c.GetProperty("state").GetString() : null;

    private async Task<ServeProcess> StartAsync(bool telegram, bool discord, string telegramToken = FakeTelegramServer.Token,
        Dictionary<string, string>? settings = null)
    {
        var environment = HealthSettings();
        environment["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db");
        if (telegram)
        {
            _telegram ??= await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
            environment["BRIEFINGBOT__TELEGRAM__TOKEN"] = telegramToken;
            environment["BRIEFINGBOT__TELEGRAM__BASEURL"] = _telegram.BaseUrl;
            environment["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1";
        }

        if (discord)
        {
            _discord = await FakeDiscord.StartAsync();
            environment["BRIEFINGBOT__DISCORD__TOKEN"] = DiscordToken;
            environment["BRIEFINGBOT__DISCORD__APPLICATIONID"] = InteractionPayloads.ApplicationId;
            environment["BRIEFINGBOT__DISCORD__RESTBASEURL"] = _discord.RestBaseUrl;
        }

        foreach (var (name, value) in settings ?? [])
        {
            environment[name] = value;
        }

        return ServeProcess.Start(Store, environment);
    }

    private async Task<(HttpStatusCode? Status, JsonElement? Body)> ReadyAsync()
    {
        try
        {
            using var response = await _http.GetAsync($"http://127.0.0.1:{_healthPort}/healthz/ready", TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
        }
        catch (HttpRequestException)
        {
            return (null, null); // not listening yet
        }
    }
}
