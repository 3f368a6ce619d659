using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Chat;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Moderation;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>The whole gateway bot over the shared chat handlers (with Peskov quotes), connected to the fake Discord.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private readonly HttpClient _downloads = new();
    private Task? _run;

    private BotHarness(FakeDiscord fake, DiscordModerators? moderators, IChatCommand? command)
    {
        Fake = fake;
        moderators ??= DiscordModerators.None;
        Attachments = new DiscordAttachments(_downloads);
        if (command is not null)
        {
            Bed.With(command);
        }

        _http = new HttpClient(new RestRateLimiter(Time) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = DiscordRestClient.NormalizeBase(fake.RestBaseUrl) };
        Rest = new DiscordRestClient(_http, "token");
        var renderer = new DiscordReplyRenderer();
        Handler = new DiscordInteractionHandler(Bed.Dispatcher, renderer, new InteractionRequests(moderators, Attachments));
        Router = new DiscordEventRouter(Handler, new DiscordMentionHandler(Bed.Dispatcher, renderer, Rest, moderators, Attachments), Rest) { AnswerMentions = true };
    }

    public ChatTestBed Bed { get; } = new ChatTestBed().WithPeskovArticles();

    public FakeDiscord Fake { get; }

    public DiscordAttachments Attachments { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public DiscordRestClient Rest { get; }

    public DiscordInteractionHandler Handler { get; }

    public DiscordEventRouter Router { get; }

    public FakeGatewayConnection Connection { get; private set; } = null!;

    /// <summary>Starts the bot; <paramref name="command"/> joins the catalog (a test's recording command), <paramref name="moderators"/> decides who moderates.</summary>
    public static async Task<BotHarness> StartAsync(DiscordModerators? moderators = null, IChatCommand? command = null)
    {
        var harness = new BotHarness(await FakeDiscord.StartAsync(), moderators, command);
        await harness.ConnectAsync();
        return harness;
    }

    private async Task ConnectAsync()
    {
        var shards = new DiscordShardedGateway(Rest, "token", BotIntents.For(true), new ShardPlan(), Time, () => new WebSocketGatewaySocket(), () => 0.5)
        {
            OnDispatch = Router.RouteAsync,
        };
        shards.ShardsCreated += s => Router.BotUserId = id => s[0].BotUserId;
        _run = shards.RunAsync(_stop.Token);
        Connection = await Fake.NextConnectionAsync();
        await Connection.SendHelloAsync();
        await Connection.ReceiveOpAsync(2);
        await Connection.SendReadyAsync("session", Fake.ResumeUrl, botUserId: "999");
    }

    /// <summary>Delivers an interaction over the gateway.</summary>
    public Task SendAsync(JsonObject interaction) => Connection.SendDispatchAsync("INTERACTION_CREATE", interaction);

    /// <summary>The request answering interaction <paramref name="interaction"/> on the given kind of route ("callback", "@original", "followup").</summary>
    public Task<FakeRestRequest> AnswerAsync(JsonObject interaction, string kind, int skip = 0)
    {
        var id = (string)interaction["id"]!;
        var token = (string)interaction["token"]!;
        return Fake.WaitForRequestAsync(r => kind switch
        {
            "callback" => r.Path == $"/interactions/{id}/{token}/callback",
            "@original" => r.Path == $"/webhooks/{InteractionPayloads.ApplicationId}/{token}/messages/@original" && r.Method == "PATCH",
            "delete" => r.Path == $"/webhooks/{InteractionPayloads.ApplicationId}/{token}/messages/@original" && r.Method == "DELETE",
            "followup" => r.Path == $"/webhooks/{InteractionPayloads.ApplicationId}/{token}" && r.Method == "POST",
            _ => false,
        }, skip);
    }

    public static string AllText(JsonElement message) => message.GetRawText();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await Should.ThrowAsync<OperationCanceledException>(_run.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        _http.Dispose();
        _downloads.Dispose();
        await Fake.DisposeAsync();
        Bed.Dispose();
        _stop.Dispose();
    }
}
