using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Tests.Hosting;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class HttpInteractionTests : IAsyncLifetime
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private readonly HttpClient _client = new();
    private AdapterHarness _adapter = null!;

    private string PublicKeyHex => Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)).ToLowerInvariant();

    public async ValueTask InitializeAsync()
    {
        _adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["Mode"] = "Http",
            ["PublicKey"] = PublicKeyHex,
            ["GuildId"] = InteractionPayloads.GuildId,
        });
        await _adapter.StartAsync();
        _adapter.Status.State.ShouldBe(BriefingBot.Chat.Health.AdapterState.Connected);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _adapter.DisposeAsync();
        _key.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? timestamp = null, Func<string, string>? tamper = null, bool sign = true)
    {
        timestamp ??= _adapter.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, _adapter.Adapter.ListeningOn) { Content = new StringContent(tamper?.Invoke(body) ?? body, Encoding.UTF8, "application/json") };
        if (sign)
        {
            var signature = SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
            request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_ping_gets_pong()
    {
        using var response = await PostAsync(InteractionPayloads.Ping().ToJsonString());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_tampered_body_a_missing_signature_and_a_stale_timestamp_are_refused_with_401()
    {
        var body = InteractionPayloads.Ping().ToJsonString();
        using (var tampered = await PostAsync(body, tamper: b => b.Replace("\"type\":1", "\"type\":2", StringComparison.Ordinal)))
        {
            tampered.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var unsigned = await PostAsync(body, sign: false))
        {
            unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var stale = _adapter.Time.GetUtcNow().AddMinutes(-10).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var old = await PostAsync(body, timestamp: stale);
        old.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_ask_is_deferred_in_the_http_response_and_answered_over_rest()
    {
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Peskov say about bans"));
        using var response = await PostAsync(ask.ToJsonString());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32().ShouldBe(5);

        var token = (string)ask["token"]!;
        var edit = await _adapter.Fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains(token, StringComparison.Ordinal));
        edit.Body!.Value.GetRawText().ShouldContain("Peskov");
        edit.Body!.Value.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_stop_waits_for_answers_still_being_written_over_rest()
    {
        var ask = InteractionPayloads.SlashCommand("ask", ("question", "what did Peskov say about bans"));
        var token = (string)ask["token"]!;
        bool IsEdit(FakeRestRequest r) => r.Method == "PATCH" && r.Path.Contains(token, StringComparison.Ordinal);
        _adapter.Fake.RespondOnce(IsEdit, FakeDiscord.TooManyRequests(5));
        using var response = await PostAsync(ask.ToJsonString());
        await _adapter.Fake.WaitForRequestAsync(IsEdit); // refused with a 429: the answer waits 5 s of fake time

        var stopping = _adapter.Host.StopAsync(TimeSpan.FromSeconds(30));
        while (!stopping.IsCompleted)
        {
            _adapter.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(stopping, Task.Delay(20, TestContext.Current.CancellationToken));
        }

        await stopping;
        _adapter.Fake.Requests.Count(IsEdit).ShouldBe(2);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_interaction_is_a_bad_request()
    {
        using var response = await PostAsync("{\"type\": [1]}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Commands_were_registered_in_the_configured_guild_with_one_bulk_overwrite()
    {
        var put = await _adapter.Fake.WaitForRequestAsync(r => r.Method == "PUT");
        put.Path.ShouldBe($"/applications/{InteractionPayloads.ApplicationId}/guilds/{InteractionPayloads.GuildId}/commands");
        put.Headers["Authorization"].ShouldBe("Bot " + AdapterHarness.Token);
        var commands = put.Body!.Value.EnumerateArray().ToList();
        commands.Select(c => c.GetProperty("name").GetString()).ShouldBe(["ask", "quotes", "brief", "speakers", "sources", "article", "help",
            "add", "publish", "discard", "summary", "quote", "restore", "speaker", "audit", "review", SlashCommands.FindQuotes, SlashCommands.AddToBriefings]);
        var speaker = commands[1].GetProperty("options")[0];
        speaker.GetProperty("name").GetString().ShouldBe("speaker");
        speaker.GetProperty("autocomplete").GetBoolean().ShouldBeTrue();
        commands[^1].GetProperty("type").GetInt32().ShouldBe(3);
    }

    [Fact]
    public void The_verifier_accepts_a_good_signature_and_rejects_a_bad_one()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var verifier = new InteractionSignatureVerifier(PublicKeyHex, time);
        var body = Encoding.UTF8.GetBytes("{\"type\":1}");
        var signature = Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes("1700000000").Concat(body).ToArray()));
        verifier.Verify(signature, "1700000000", body).ShouldBeTrue();
        verifier.Verify(signature, "1700000001", body).ShouldBeFalse();
        var flipped = (signature[0] == '0' ? "1" : "0") + signature[1..];
        verifier.Verify(flipped, "1700000000", body).ShouldBeFalse();
        verifier.Verify("zz", "1700000000", body).ShouldBeFalse();
        verifier.Verify(signature, "not-a-number", body).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new InteractionSignatureVerifier("abc", time));
    }
}
