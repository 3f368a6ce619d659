using System.Diagnostics.Metrics;
using BriefingBot.Chat.Health;
using BriefingBot.Discord.Hosting;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Tests.Hosting;

public sealed class AdapterHostingTests
{
    [Fact]
    public void Missing_settings_are_named_with_the_variable_to_set()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Mode = DiscordMode.Http, ShardIds = "0,x" });
        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("BRIEFINGBOT__DISCORD__TOKEN");
        result.FailureMessage.ShouldContain("ApplicationId");
        result.FailureMessage.ShouldContain("PublicKey");
        result.FailureMessage.ShouldContain("ShardIds");

        new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = FakeDiscord.BotToken, ApplicationId = "42" }).Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("just-a-word")]
    [InlineData("aBcDeFgHiJkLmNoPqRsTuVwXyZ012345")] // the shape of a client secret
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")] // the shape of the public key
    public void A_value_that_is_not_a_bot_token_is_refused_naming_the_setting(string token)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { Token = token, ApplicationId = "42" });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("BriefingBot:Discord:Token is not a bot token");
        result.FailureMessage.ShouldContain("BRIEFINGBOT__DISCORD__TOKEN");
        result.FailureMessage.ShouldNotContain(token);
    }

    [Fact]
    public async Task Invalid_options_stop_the_start_with_the_reason()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?> { ["ApplicationId"] = "not-a-number" });
        var error = await Should.ThrowAsync<OptionsValidationException>(adapter.StartHostAsync());
        error.Message.ShouldContain("ApplicationId");
    }

    [Fact]
    public async Task A_refused_token_stops_the_adapter_with_the_cause_and_leaves_the_host_running()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?> { ["RegisterCommands"] = "false" });
        await adapter.StartHostAsync();
        var connection = await adapter.Fake.NextConnectionAsync();
        await connection.SendHelloAsync();
        var identify = await connection.ReceiveOpAsync(2);
        identify.GetProperty("d").GetProperty("token").GetString().ShouldBe(AdapterHarness.Token);
        await connection.CloseAsync(4004, "Authentication failed.");

        await adapter.Adapter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        adapter.Status.State.ShouldBe(AdapterState.Failed);
        adapter.Status.Error!.ShouldContain("4004");
        adapter.Status.Error!.ShouldContain("BRIEFINGBOT__DISCORD__TOKEN");
        adapter.Status.Error!.ShouldNotContain(AdapterHarness.Token);
        var health = adapter.Host.Services.GetRequiredService<AdapterHealth>().Adapters.ShouldHaveSingleItem();
        (health.Adapter, health.State, health.Reason).ShouldBe(("discord", AdapterState.Failed, adapter.Status.Error));
    }

    [Fact]
    public async Task In_gateway_mode_the_adapter_connects_and_reports_connected()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?>());
        await adapter.StartConnectedAsync();
        adapter.Status.IsConnected.ShouldBeTrue();
        adapter.Host.Services.GetRequiredService<AdapterHealth>().StateOf("discord").ShouldBe(AdapterState.Connected);
        (await adapter.Fake.WaitForRequestAsync(r => r.Method == "PUT")).Path.ShouldBe("/applications/42/commands");
    }

    [Fact]
    public async Task A_gateway_reconnect_is_counted_for_its_shard()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?> { ["RegisterCommands"] = "false" });
        using var recorded = new RecordedMeasurements(adapter.Host.Services.GetRequiredService<IMeterFactory>());
        var connection = await adapter.StartConnectedAsync();

        await connection.SendReconnectAsync();
        var resumed = await adapter.Fake.NextConnectionAsync();

        resumed.Path.ShouldBe("/resume");
        recorded.Of("briefingbot.discord.gateway.reconnects").ShouldHaveSingleItem().Tags["shard"].ShouldBe("0");
    }

    [Fact]
    public async Task A_rate_limit_wait_is_counted_with_its_reason()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?>());
        using var recorded = new RecordedMeasurements(adapter.Host.Services.GetRequiredService<IMeterFactory>());
        adapter.Fake.RespondOnce(r => r.Method == "PUT", FakeDiscord.TooManyRequests(2));
        await adapter.StartHostAsync();

        var waited = await recorded.WaitForAsync(m => m.Instrument == "briefingbot.discord.rate_limit.wait_time");

        waited.Value.ShouldBe(2);
        waited.Tags["reason"].ShouldBe("route_limited");
        recorded.Of("briefingbot.discord.rate_limit.waits").ShouldHaveSingleItem().Tags["reason"].ShouldBe("route_limited");
    }
}
