using BriefingBot.Discord.Messages;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    private static bool IsChannelPost(FakeRestRequest r) => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal);

    // Posts to channel 10: the limiter must wait <delay> for <reason>, send nothing meanwhile, then send exactly once more.
    private static async Task SendsOnlyAfterWaitingAsync(RestHarness rest, RateLimitReason reason, TimeSpan delay)
    {
        var before = rest.Fake.Requests.Count(IsChannelPost);
        var (call, wait) = await rest.StartWaitingAsync(() => rest.Client.SendMessageAsync("10", DiscordMessage.Text("next"), CancellationToken.None));
        wait.Reason.ShouldBe(reason);
        wait.Delay.ShouldBe(delay);
        rest.Fake.Requests.Count(IsChannelPost).ShouldBeLessThanOrEqualTo(before + 1);
        var sent = rest.Fake.Requests.Count(IsChannelPost);

        rest.Time.Advance(delay);
        await call.WaitAsync(TimeSpan.FromSeconds(10));
        rest.Fake.Requests.Count(IsChannelPost).ShouldBe(sent + 1);
    }

    [Fact]
    public async Task A_spent_bucket_waits_until_its_reset_before_the_next_request()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Fake.RespondOnce(IsChannelPost, new FakeRestResponse(200, new System.Text.Json.Nodes.JsonObject { ["id"] = "1" }, new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "2.5",
            ["X-RateLimit-Bucket"] = "abcd",
        }));
        await rest.Client.SendMessageAsync("10", DiscordMessage.Text("one"), CancellationToken.None);

        await SendsOnlyAfterWaitingAsync(rest, RateLimitReason.BucketExhausted, TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Another_channel_has_its_own_bucket()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Fake.RespondOnce(IsChannelPost, new FakeRestResponse(200, new System.Text.Json.Nodes.JsonObject { ["id"] = "1" }, new Dictionary<string, string>
        {
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "30",
            ["X-RateLimit-Bucket"] = "abcd",
        }));
        await rest.Client.SendMessageAsync("10", DiscordMessage.Text("one"), CancellationToken.None);
        await rest.Client.SendMessageAsync("11", DiscordMessage.Text("other channel"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        rest.Fake.Requests.Count(IsChannelPost).ShouldBe(2);
    }

    [Fact]
    public async Task A_429_is_waited_out_for_retry_after_and_the_message_is_delivered_once()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Fake.RespondOnce(IsChannelPost, FakeDiscord.TooManyRequests(1.5));

        await SendsOnlyAfterWaitingAsync(rest, RateLimitReason.RouteLimited, TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task A_global_429_pauses_every_route()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Fake.RespondOnce(IsChannelPost, FakeDiscord.TooManyRequests(3, global: true));

        var (first, wait) = await rest.StartWaitingAsync(() => rest.Client.SendMessageAsync("10", DiscordMessage.Text("hello"), CancellationToken.None));
        wait.Reason.ShouldBe(RateLimitReason.GlobalLimited);
        wait.Delay.ShouldBe(TimeSpan.FromSeconds(3));

        var (other, otherWait) = await rest.StartWaitingAsync(() => rest.Client.FollowupAsync("42", "tok", DiscordMessage.Text("also"), CancellationToken.None));
        otherWait.Reason.ShouldBe(RateLimitReason.GlobalLimited);
        rest.Fake.Requests.Count.ShouldBe(1);

        rest.Time.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));
        rest.Fake.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Refusals_other_than_429_surface_as_errors_naming_the_route()
    {
        await using var rest = await RestHarness.StartAsync();
        rest.Fake.RespondOnce(_ => true, new FakeRestResponse(403, new System.Text.Json.Nodes.JsonObject { ["code"] = 50013, ["message"] = "Missing Permissions" }));
        var error = await Should.ThrowAsync<DiscordRestException>(rest.Client.SendMessageAsync("10", DiscordMessage.Text("x"), CancellationToken.None));
        error.Status.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        error.Message.ShouldContain("POST /channels/10/messages");
        error.Message.ShouldContain("Missing Permissions");
    }

    [Fact]
    public void Routes_keep_top_level_resources_and_generalise_other_ids()
    {
        RestRoute.From(HttpMethod.Patch, "/api/v10/webhooks/42/tok/messages/@original").ShouldBe(new RestRoute("PATCH /webhooks/42/tok/messages/@original", "webhooks/42/tok"));
        RestRoute.From(HttpMethod.Post, "/api/v10/channels/10/messages/99/reactions").Template.ShouldBe("POST /channels/10/messages/{id}/reactions");
        RestRoute.From(HttpMethod.Put, "/api/v10/applications/42/commands").ShouldBe(new RestRoute("PUT /applications/{id}/commands", ""));
    }
}
