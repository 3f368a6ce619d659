using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Gateway;

public sealed class ShardingTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_recommended_shard_count_starts_one_connection_per_shard_each_identifying_its_shard()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.RecommendedShards = 2;
        fake.MaxConcurrency = 2;
        var ids = await IdentifiedShardsAsync(fake, new ShardPlan(), expected: 2);
        ids.ShouldBe([[0, 2], [1, 2]], ignoreOrder: true);
    }

    [Fact]
    public async Task A_configured_count_and_shard_ids_override_the_recommendation()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.RecommendedShards = 1;
        var ids = await IdentifiedShardsAsync(fake, new ShardPlan(3, [1]), expected: 1);
        ids.ShouldBe([[1, 3]]);
    }

    [Fact]
    public void Shard_ids_outside_the_count_are_refused()
    {
        Should.Throw<ArgumentException>(() => new ShardPlan(2, [2]).Resolve(1)).Message.ShouldContain("between 0 and 1");
        new ShardPlan().Resolve(0).Count.ShouldBe(1);
    }

    [Fact]
    public void Shards_sharing_a_rate_limit_key_identify_five_seconds_apart()
    {
        var time = new FakeTimeProvider(Start);
        var gate = new IdentifyGate(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2), time);
        gate.Reserve(0).ShouldBe(TimeSpan.Zero);
        gate.Reserve(1).ShouldBe(TimeSpan.Zero);
        gate.Reserve(2).ShouldBe(TimeSpan.FromSeconds(5));
        gate.Reserve(3).ShouldBe(TimeSpan.FromSeconds(5));
        gate.Reserve(4).ShouldBe(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(20));
        gate.Reserve(0).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void No_session_starts_left_waits_for_the_reset()
    {
        var time = new FakeTimeProvider(Start);
        var gate = new IdentifyGate(new SessionStartLimit(1000, Remaining: 1, ResetAfter: 60_000, MaxConcurrency: 16), time);
        gate.Reserve(0).ShouldBe(TimeSpan.Zero);
        gate.Remaining.ShouldBe(0);
        gate.Reserve(1).ShouldBe(TimeSpan.FromMinutes(1));
        gate.Remaining.ShouldBe(999);
    }

    private static async Task<List<int[]>> IdentifiedShardsAsync(FakeDiscord fake, ShardPlan plan, int expected)
    {
        var time = new FakeTimeProvider(Start);
        using var http = new HttpClient { BaseAddress = new Uri(fake.RestBaseUrl) };
        var rest = new DiscordRestClient(http, "token");
        var shards = new DiscordShardedGateway(rest, "token", GatewayIntents.Guilds, plan, time, () => new WebSocketGatewaySocket(), () => 0.5);
        using var stop = new CancellationTokenSource();
        var run = shards.RunAsync(stop.Token);
        var ids = new List<int[]>();
        for (var i = 0; i < expected; i++)
        {
            var connection = await fake.NextConnectionAsync();
            await connection.SendHelloAsync();
            var identify = await connection.ReceiveOpAsync(2);
            ids.Add(identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        }

        shards.Shards.Count.ShouldBe(expected);
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(run.WaitAsync(TimeSpan.FromSeconds(10)));
        return ids;
    }
}
