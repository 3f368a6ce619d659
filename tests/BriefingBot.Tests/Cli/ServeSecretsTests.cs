using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Telegram.Hosting;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// No secret in any log line: serve runs Telegram (webhook mode) and Discord (gateway) against their fakes with logging
/// at Trace, answers on both, hits a rate limit on an interaction's route and a webhook call with a wrong secret; then
/// every line is searched for the bot tokens, the interaction token and the webhook secret.
/// </summary>
public sealed class ServeSecretsTests : IAsyncLifetime
{
    private const string WebhookSecret = "webhook-secret_0123456789";
    private readonly TemporaryDirectory _folder = new();
    private readonly HttpClient _http = new();
    private FakeTelegramServer _telegram = null!;
    private FakeDiscord _discord = null!;

    public async ValueTask InitializeAsync()
    {
        _telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _discord = await FakeDiscord.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _discord.DisposeAsync();
        await _telegram.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Serve_logs_no_token_interaction_token_or_webhook_secret_at_trace()
    {
        var port = FreePort();
        var hook = $"http://127.0.0.1:{port}/telegram-hook";
        await using var serve = ServeRun.Start(_folder.File("store.db"), new Dictionary<string, string>
        {
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
            ["BRIEFINGBOT__TELEGRAM__TOKEN"] = FakeTelegramServer.Token,
            ["BRIEFINGBOT__TELEGRAM__BASEURL"] = _telegram.BaseUrl,
            ["BRIEFINGBOT__TELEGRAM__MODE"] = "Webhook",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKURL"] = hook,
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKLISTENURL"] = $"http://127.0.0.1:{port}",
            ["BRIEFINGBOT__TELEGRAM__WEBHOOKSECRET"] = WebhookSecret,
            ["BRIEFINGBOT__DISCORD__TOKEN"] = FakeDiscord.BotToken,
            ["BRIEFINGBOT__DISCORD__APPLICATIONID"] = InteractionPayloads.ApplicationId,
            ["BRIEFINGBOT__DISCORD__RESTBASEURL"] = _discord.RestBaseUrl,
        });

        var gateway = await _discord.NextConnectionAsync();
        await gateway.SendHelloAsync();
        await gateway.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        await gateway.SendReadyAsync("session", _discord.ResumeUrl);
        _discord.RespondOnce(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal), FakeDiscord.TooManyRequests(0.05));
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Peskov say about bans"));
        await gateway.SendDispatchAsync("INTERACTION_CREATE", ask);
        await _discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal), skip: 1);

        await _telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "setWebhook"));
        (await PostUpdateAsync(hook, "not-the-secret")).ShouldBe(HttpStatusCode.Unauthorized);
        (await PostUpdateAsync(hook, WebhookSecret)).ShouldBe(HttpStatusCode.OK);
        _telegram.Sent.Count.ShouldBeGreaterThan(0);

        (await serve.StopAsync()).ShouldBe(0, serve.Error);
        var secrets = new[]
        {
            FakeTelegramServer.Token[(FakeTelegramServer.Token.IndexOf(':') + 1)..], FakeDiscord.BotToken, (string)ask["token"]!, WebhookSecret,
        };
        serve.Logs.Lines.ShouldContain(line => line.StartsWith("Trace", StringComparison.Ordinal) || line.StartsWith("Debug", StringComparison.Ordinal));
        serve.Logs.Lines.ShouldContain(line => line.Contains("rate limit", StringComparison.Ordinal));
        foreach (var secret in secrets)
        {
            serve.Logs.Lines.ShouldAllBe(line => !line.Contains(secret), $"a log line shows {secret}");
            serve.Error.ShouldNotContain(secret);
            serve.Output.ShouldNotContain(secret);
        }
    }

    private async Task<HttpStatusCode> PostUpdateAsync(string hook, string secret)
    {
        var update = new JsonObject
        {
            ["update_id"] = 900,
            ["message"] = new JsonObject
            {
                ["message_id"] = 1,
                ["date"] = 1_700_000_000,
                ["chat"] = new JsonObject { ["id"] = 5, ["type"] = "private" },
                ["from"] = new JsonObject { ["id"] = 5, ["is_bot"] = false, ["first_name"] = "Tess" },
                ["text"] = "what did Peskov say about bans",
            },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, hook) { Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramWebhookListener.SecretHeader, secret);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
