using System.Text.Json;
using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayTests
{
    [Fact]
    public async Task Hello_is_answered_with_identify_carrying_the_token_and_intents_then_heartbeats_on_time()
    {
        await using var harness = await GatewayHarness.StartAsync(GatewayIntents.Guilds, random: 0.25);
        var connection = await harness.Fake.NextConnectionAsync();
        connection.Query.ShouldContain("v=10");
        connection.Query.ShouldContain("encoding=json");

        await connection.SendHelloAsync(40_000);
        var identify = (await connection.ReceiveAsync()).GetProperty("d");
        identify.GetProperty("token").GetString().ShouldBe(GatewayHarness.Token);
        identify.GetProperty("intents").GetInt32().ShouldBe(1);
        identify.GetProperty("properties").GetProperty("browser").GetString().ShouldBe("BriefingBot");
        identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ShouldBe([0, 1]);

        // First heartbeat after interval × jitter (10 s), not before.
        harness.Time.Advance(TimeSpan.FromSeconds(9.9));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        var first = await connection.ReceiveAsync();
        first.GetProperty("op").GetInt32().ShouldBe(1);
        first.GetProperty("d").ValueKind.ShouldBe(JsonValueKind.Null);
        connection.Sent.Count.ShouldBe(2);

        // Then every interval, carrying the last sequence number.
        await harness.WhenStateAsync(GatewayState.Ready, () => connection.SendReadyAsync("s", harness.Fake.ResumeUrl));
        harness.Time.Advance(TimeSpan.FromSeconds(40));
        var second = await connection.ReceiveOpAsync(1);
        second.GetProperty("d").GetInt32().ShouldBe(1);
        harness.Gateway.SessionId.ShouldBe("s");
    }

    [Fact]
    public async Task Answering_mentions_adds_guild_messages_and_message_content_and_nothing_else()
    {
        BotIntents.For(answerMentions: false).ShouldBe(GatewayIntents.Guilds);
        ((int)BotIntents.For(answerMentions: true)).ShouldBe(1 | (1 << 9) | (1 << 15));

        await using var harness = await GatewayHarness.StartAsync(BotIntents.For(true));
        var connection = await harness.Fake.NextConnectionAsync();
        await connection.SendHelloAsync();
        (await connection.ReceiveOpAsync(2)).GetProperty("d").GetProperty("intents").GetInt32().ShouldBe(33281);
    }

    [Fact]
    public async Task The_gateway_asks_for_an_immediate_heartbeat()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        await connection.SendOpAsync(1);
        (await connection.ReceiveAsync()).GetProperty("op").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_resumable_close_reconnects_to_the_resume_url_and_resumes_with_session_and_sequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync("abc");
        await connection.SendDispatchAsync("GUILD_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = "1" });
        await connection.SendDispatchAsync("GUILD_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = "2" });
        await connection.SendOpAsync(1); // a heartbeat round trip proves the dispatches were read
        await connection.ReceiveOpAsync(1);

        await harness.WhenReconnectingAsync(() => connection.CloseAsync(4000, "unknown error"));
        var resumed = await harness.Fake.NextConnectionAsync();
        resumed.Path.ShouldBe("/resume");
        resumed.Query.ShouldContain("v=10");
        await resumed.SendHelloAsync();
        var resume = await resumed.ReceiveAsync();
        resume.GetProperty("op").GetInt32().ShouldBe(6);
        resume.GetProperty("d").GetProperty("session_id").GetString().ShouldBe("abc");
        resume.GetProperty("d").GetProperty("seq").GetInt32().ShouldBe(3);
        resume.GetProperty("d").GetProperty("token").GetString().ShouldBe(GatewayHarness.Token);

        await harness.WhenStateAsync(GatewayState.Ready, () => resumed.SendDispatchAsync("RESUMED", new System.Text.Json.Nodes.JsonObject(), 4));
        harness.Gateway.Reconnects.ShouldBe(1);
    }

    [Fact]
    public async Task A_dropped_connection_without_close_code_resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync("dropped");
        await harness.WhenReconnectingAsync(() =>
        {
            connection.Abort();
            return Task.CompletedTask;
        });
        var next = await harness.Fake.NextConnectionAsync();
        await next.SendHelloAsync();
        (await next.ReceiveAsync()).GetProperty("op").GetInt32().ShouldBe(6);
    }

    [Fact]
    public async Task Op_7_reconnect_closes_without_ending_the_session_and_resumes()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync("seven");
        var reason = await harness.WhenReconnectingAsync(connection.SendReconnectAsync);
        reason.ShouldContain("op 7");
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        connection.ClientCloseCode.ShouldNotBe(1000);
        connection.ClientCloseCode.ShouldNotBe(1001);

        var resumed = await harness.Fake.NextConnectionAsync();
        resumed.Path.ShouldBe("/resume");
        await resumed.SendHelloAsync();
        (await resumed.ReceiveAsync()).GetProperty("d").GetProperty("session_id").GetString().ShouldBe("seven");
    }

    [Fact]
    public async Task Op_9_not_resumable_identifies_afresh_on_the_gateway_url()
    {
        await using var harness = await GatewayHarness.StartAsync(random: 1.0);
        var connection = await harness.ConnectAsync("old");
        await harness.WhenReconnectingAsync(() => connection.SendInvalidSessionAsync(resumable: false));
        harness.Gateway.SessionId.ShouldBeNull();

        // A pause of 1–5 s before starting over (5 s with this random value), which also clears the identify window.
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var fresh = await harness.Fake.NextConnectionAsync();
        fresh.Path.ShouldBe("/gateway");
        await fresh.SendHelloAsync();
        var identify = await fresh.ReceiveAsync();
        identify.GetProperty("op").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Op_9_resumable_resumes_the_same_session()
    {
        await using var harness = await GatewayHarness.StartAsync(random: 0);
        var connection = await harness.ConnectAsync("keep");
        await harness.WhenReconnectingAsync(() => connection.SendInvalidSessionAsync(resumable: true));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var next = await harness.Fake.NextConnectionAsync();
        next.Path.ShouldBe("/resume");
        await next.SendHelloAsync();
        var resume = await next.ReceiveOpAsync(6);
        resume.GetProperty("d").GetProperty("session_id").GetString().ShouldBe("keep");
    }

    [Fact]
    public async Task A_missed_heartbeat_ack_is_a_zombie_connection_closed_and_resumed()
    {
        await using var harness = await GatewayHarness.StartAsync(random: 0.5);
        var connection = await harness.ConnectAsync("zombie", heartbeatMs: 1000);
        connection.AutoAcknowledge = false;

        harness.Time.Advance(TimeSpan.FromMilliseconds(500));
        (await connection.ReceiveOpAsync(1)).GetProperty("d").GetInt32().ShouldBe(1);

        // No ACK came before the next beat was due: close (not 1000/1001) and resume.
        var reason = await harness.WhenReconnectingAsync(() =>
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(1000));
            return Task.CompletedTask;
        });
        reason.ShouldContain("zombie");
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        connection.ClientCloseCode.ShouldBe(4000);
        connection.Sent.Count(p => p.GetProperty("op").GetInt32() == 1).ShouldBe(1);

        var resumed = await harness.Fake.NextConnectionAsync();
        resumed.Path.ShouldBe("/resume");
        await resumed.SendHelloAsync();
        (await resumed.ReceiveAsync()).GetProperty("op").GetInt32().ShouldBe(6);
    }

    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "disallowed intents")]
    public async Task Non_retryable_close_codes_stop_with_the_cause_named(int code, string cause)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.Fake.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);
        await connection.CloseAsync(code, "refused");

        var error = await Should.ThrowAsync<GatewayFatalException>(harness.Run.WaitAsync(TimeSpan.FromSeconds(10)));
        error.CloseCode.ShouldBe(code);
        error.Message.ShouldContain(cause);
        error.Message.ShouldContain(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        harness.Gateway.State.ShouldBe(GatewayState.Failed);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Invalid_seq_and_session_timeout_start_a_new_session(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync("gone");
        await harness.WhenReconnectingAsync(() => connection.CloseAsync(code));
        harness.Gateway.SessionId.ShouldBeNull();

        harness.Time.Advance(IdentifyGate.Window);
        var fresh = await harness.Fake.NextConnectionAsync();
        fresh.Path.ShouldBe("/gateway");
        await fresh.SendHelloAsync();
        (await fresh.ReceiveOpAsync(2)).GetProperty("op").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Malformed_payloads_are_skipped_and_the_connection_carries_on()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var seen = new TaskCompletionSource<GatewayDispatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Gateway.OnDispatch = (d, _) =>
        {
            if (d.EventName == "GUILD_CREATE")
            {
                seen.TrySetResult(d);
            }

            return Task.CompletedTask;
        };

        await connection.SendRawAsync("{not json");
        await connection.SendRawAsync("[1,2,3]");
        await connection.SendRawAsync("{\"op\":\"zero\"}");
        await connection.SendDispatchAsync("GUILD_CREATE", new System.Text.Json.Nodes.JsonObject { ["id"] = "7" });
        (await seen.Task.WaitAsync(TimeSpan.FromSeconds(10))).Data.GetProperty("id").GetString().ShouldBe("7");
        harness.Gateway.State.ShouldBe(GatewayState.Ready);
    }
}
