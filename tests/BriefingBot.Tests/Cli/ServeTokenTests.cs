using BriefingBot.Hosting;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Logging;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Tests.Cli;

/// <summary>The bot token never reaches a log line or standard error: through start, answers and failures.</summary>
public sealed class ServeTokenTests : IAsyncLifetime
{
    private const long Chat = 5;
    private readonly TemporaryDirectory _folder = new();
    private FakeTelegramServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Serve_logs_no_token_through_start_a_question_and_failed_calls()
    {
        await using var serve = ServeRun.Start(_folder.File("store.db"), Variables(FakeTelegramServer.Token));
        await _server.WaitForAsync(s => s.Calls.Any(c => c.Method == "getUpdates"));

        _server.PushMessage(Chat, "what did Peskov say about bans");
        await _server.WaitForAsync(s => s.Sent.Count >= 1);
        _server.Fail("sendMessage", 400);
        _server.Fail("getUpdates", 502);
        _server.PushMessage(Chat, "/help");
        await _server.WaitForAsync(s => s.Sent.Count >= 2);
        var exit = await serve.StopAsync();

        exit.ShouldBe(0, serve.Error);
        serve.Logs.Lines.ShouldContain(line => line.StartsWith("Warning", StringComparison.Ordinal));
        ShouldNotShowTheToken(serve, FakeTelegramServer.Token);
    }

    [Fact]
    public async Task A_refused_token_ends_serve_with_one_line_that_does_not_show_it()
    {
        const string refused = "4242:REFUSED_token-abcdefghijklmnopqrstuvwxyz";
        await using var serve = ServeRun.Start(_folder.File("store.db"), Variables(refused));

        var exit = await serve.Exit.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        exit.ShouldBe(1);
        serve.Error.Trim().Split('\n').Length.ShouldBe(1);
        serve.Error.ShouldStartWith("error: ");
        serve.Error.ShouldContain("BRIEFINGBOT__TELEGRAM__TOKEN");
        ShouldNotShowTheToken(serve, refused);
    }

    [Fact]
    public async Task A_malformed_token_is_refused_naming_the_setting_before_any_call()
    {
        await using var serve = ServeRun.Start(_folder.File("store.db"), Variables("4242-not-a-token"));

        var exit = await serve.Exit.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        exit.ShouldBe(1);
        serve.Error.Trim().ShouldStartWith("error: BriefingBot:Telegram:Token is not a bot token");
        serve.Error.Trim().Split('\n').Length.ShouldBe(1);
        serve.Error.ShouldNotContain("4242-not-a-token");
        _server.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Clients_from_the_http_client_factory_do_not_log_request_urls()
    {
        var logs = new CapturingLoggerProvider();
        var environment = new LaunchEnvironment(
            new Dictionary<string, string>(), logging => logging.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        var builder = BriefingHostBuilder.Create(_folder.File("store.db"), environment);
        builder.Services.AddHttpClient("probe");
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("probe");

        using var response = await client.GetAsync($"{_server.BaseUrl}/bot{FakeTelegramServer.Token}/getMe", TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.ShouldBeTrue();
        logs.Lines.ShouldAllBe(line => !line.Contains(FakeTelegramServer.Token) && !line.Contains("getMe"));
    }

    private Dictionary<string, string> Variables(string token) => new()
    {
        ["BRIEFINGBOT__TELEGRAM__TOKEN"] = token,
        ["BRIEFINGBOT__TELEGRAM__BASEURL"] = _server.BaseUrl,
        ["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
        ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
    };

    private static void ShouldNotShowTheToken(ServeRun serve, string token)
    {
        var secret = token[(token.IndexOf(':') + 1)..];
        serve.Logs.Lines.ShouldNotBeEmpty();
        serve.Logs.Lines.ShouldAllBe(line => !line.Contains(secret));
        serve.Error.ShouldNotContain(secret);
        serve.Output.ShouldNotContain(secret);
    }
}
