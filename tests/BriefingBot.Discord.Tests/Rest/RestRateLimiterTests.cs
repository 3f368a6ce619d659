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
        RestRoute.From(HttpMethod.Patch, "/api/v10/webhooks/42/tok/messages/@original").ShouldBe(new RestRoute("PATCH /webhooks/42/{token}/messages/@original", "webhooks/42/tok"));
        RestRoute.From(HttpMethod.Post, "/api/v10/interactions/77/tok/callback").ShouldBe(new RestRoute("POST /interactions/{id}/{token}/callback", "interactions/77/tok"));
        RestRoute.From(HttpMethod.Post, "/api/v10/channels/10/messages/99/reactions").Template.ShouldBe("POST /channels/10/messages/{id}/reactions");
        RestRoute.From(HttpMethod.Put, "/api/v10/applications/42/commands").ShouldBe(new RestRoute("PUT /applications/{id}/commands", ""));
    }

    [Fact]
    public async Task A_429_on_an_interaction_route_is_logged_without_its_token()
    {
        var logs = new BriefingBot.Testing.Logging.CapturingLoggerProvider();
        var fake = await FakeDiscord.StartAsync();
        await using var _ = fake;
        using var loggers = new Microsoft.Extensions.Logging.LoggerFactory([logs]);
        using var limiter = new RestRateLimiter(TimeProvider.System, new Microsoft.Extensions.Logging.Logger<RestRateLimiter>(loggers))
        {
            InnerHandler = new SocketsHttpHandler(),
        };
        using var http = new HttpClient(limiter) { BaseAddress = DiscordRestClient.NormalizeBase(fake.RestBaseUrl) };
        fake.RespondOnce(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal), FakeDiscord.TooManyRequests(0.01));

        await new DiscordRestClient(http, "token").FollowupAsync("42", "secret-interaction-token", DiscordMessage.Text("x"), CancellationToken.None);

        logs.Lines.ShouldContain(line => line.Contains("rate limit", StringComparison.Ordinal));
        logs.Lines.ShouldAllBe(line => !line.Contains("secret-interaction-token"));
    }

    [Fact]
    public async Task The_buckets_of_an_interaction_are_dropped_once_its_token_has_expired()
    {
        await using var rest = await RestHarness.StartAsync();
        await rest.Client.FollowupAsync("42", "first-token", DiscordMessage.Text("x"), CancellationToken.None);
        await rest.Client.FollowupAsync("42", "second-token", DiscordMessage.Text("x"), CancellationToken.None);
        var withBoth = rest.Limiter.BucketCount;

        rest.Time.Advance(RestRateLimiter.InteractionLifetime + TimeSpan.FromMinutes(1));
        await rest.Client.SendMessageAsync("10", DiscordMessage.Text("later"), CancellationToken.None);

        withBoth.ShouldBe(2);
        rest.Limiter.BucketCount.ShouldBe(1); // the channel's
    }
}
