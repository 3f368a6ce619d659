using System.Text.Json.Nodes;
using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>Keeping a gateway session across a restart: how a stop closes, what is kept, and how the kept session is resumed.</summary>
public sealed class SessionKeepingTests
{
    [Fact]
    public async Task A_plain_stop_ends_the_session_with_1000()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.ConnectAsync("ending");

        await harness.StopAsync();

        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        connection.ClientCloseCode.ShouldBe(1000);
        harness.Gateway.State.ShouldBe(GatewayState.Stopped);
    }

    [Fact]
    public async Task A_stop_that_keeps_the_session_closes_without_ending_it_and_reports_it()
    {
        await using var harness = await GatewayHarness.StartKeepingAsync();
        var connection = await harness.ConnectAsync("kept");
        connection.AutoAcknowledge = false; // nothing left in flight to the bot when it closes, so its close frame is read
        await connection.SendDispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1" });
        await connection.SendOpAsync(1); // the heartbeat it asks for proves the dispatch was read
        await connection.ReceiveOpAsync(1);

        await harness.StopAsync();

        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        connection.ClientCloseCode.ShouldNotBeNull();
        connection.ClientCloseCode.ShouldNotBe(1000);
        connection.ClientCloseCode.ShouldNotBe(1001);
        harness.Gateway.Session.ShouldBe(new GatewaySession("kept", harness.Fake.ResumeUrl, 2, "999"));
    }

    [Fact]
    public async Task A_kept_session_is_resumed_on_its_resume_url_with_its_sequence_without_identifying()
    {
        await using var harness = await GatewayHarness.StartKeepingAsync(fake => new GatewaySession("earlier", fake.ResumeUrl, 7, "999"));

        var connection = await harness.Fake.NextConnectionAsync();
        connection.Path.ShouldBe("/resume");
        connection.Query.ShouldContain("v=10");
        await connection.SendHelloAsync();
        var resume = await connection.ReceiveOpAsync(6);
        resume.GetProperty("d").GetProperty("session_id").GetString().ShouldBe("earlier");
        resume.GetProperty("d").GetProperty("seq").GetInt32().ShouldBe(7);
        await harness.WhenStateAsync(GatewayState.Ready, () => connection.SendDispatchAsync("RESUMED", new JsonObject(), 8));

        connection.Sent.ShouldNotContain(p => p.GetProperty("op").GetInt32() == 2);
        harness.Gateway.Sequence.ShouldBe(8);
        harness.Gateway.BotUserId.ShouldBe("999");
    }

    [Fact]
    public async Task A_kept_session_discord_refuses_falls_back_to_identifying_on_the_gateway_url()
    {
        await using var harness = await GatewayHarness.StartKeepingAsync(fake => new GatewaySession("expired", fake.ResumeUrl, 7, "999"), random: 1.0);
        var connection = await harness.Fake.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(6);

        await harness.WhenReconnectingAsync(() => connection.SendInvalidSessionAsync(resumable: false));
        harness.Time.Advance(TimeSpan.FromSeconds(5)); // the 1–5 s pause before starting over

        var fresh = await harness.Fake.NextConnectionAsync();
        fresh.Path.ShouldBe("/gateway");
        await fresh.SendHelloAsync();
        await fresh.ReceiveOpAsync(2);
        await harness.WhenStateAsync(GatewayState.Ready, () => fresh.SendReadyAsync("new", harness.Fake.ResumeUrl));
        harness.Gateway.Session.ShouldBe(new GatewaySession("new", harness.Fake.ResumeUrl, 1, "999"));
    }

    [Theory]
    [InlineData(false, 4)]
    [InlineData(true, 2)]
    public async Task The_kept_sequence_stops_before_a_dispatch_whose_handling_a_stop_cut_short(bool cutShort, int keptSequence)
    {
        var slow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = new SemaphoreSlim(0);
        await using var harness = await GatewayHarness.StartKeepingAsync(onDispatch: async (dispatch, _) =>
        {
            if (dispatch.EventName == "MESSAGE_CREATE")
            {
                await slow.Task;
            }

            handled.Release();
        });
        var connection = await harness.ConnectAsync("handling");
        await connection.SendDispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "1" });
        await connection.SendDispatchAsync("MESSAGE_CREATE", new JsonObject { ["id"] = "slow" });
        await connection.SendDispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "2" });
        for (var i = 0; i < 3; i++)
        {
            (await handled.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).ShouldBeTrue(); // READY and both GUILD_CREATEs
        }

        // The handler signals before the gateway records its dispatch as handled: wait (bounded) for the record.
        using (var recorded = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (harness.Gateway.Session?.Sequence != 2 && !recorded.IsCancellationRequested)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        }

        await harness.StopAsync();
        harness.Gateway.Session!.Sequence.ShouldBe(2);

        if (cutShort)
        {
            slow.SetCanceled(TestContext.Current.CancellationToken);
        }
        else
        {
            slow.SetResult();
        }

        await harness.Gateway.WhenDispatchesHandledAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        harness.Gateway.Session!.Sequence.ShouldBe(keptSequence);
    }
}
