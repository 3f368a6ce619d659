using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Rest;

/// <summary>The REST client with its rate limiter on fake time, pointed at the fake Discord.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private readonly HttpClient _http;

    private RestHarness(FakeDiscord fake)
    {
        Fake = fake;
        Limiter = new RestRateLimiter(Time) { InnerHandler = new SocketsHttpHandler() };
        _http = new HttpClient(Limiter) { BaseAddress = DiscordRestClient.NormalizeBase(fake.RestBaseUrl) };
        Client = new DiscordRestClient(_http, "token");
    }

    public FakeDiscord Fake { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public RestRateLimiter Limiter { get; }

    public DiscordRestClient Client { get; }

    public static async Task<RestHarness> StartAsync() => new(await FakeDiscord.StartAsync());

    /// <summary>Starts <paramref name="call"/> and returns once the limiter has scheduled its wait.</summary>
    public async Task<(Task Call, RateLimitWait Wait)> StartWaitingAsync(Func<Task> call)
    {
        var waiting = new TaskCompletionSource<RateLimitWait>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnWait(RateLimitWait w) => waiting.TrySetResult(w);
        Limiter.Waiting += OnWait;
        try
        {
            var task = Task.Run(call);
            var wait = await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return (task, wait);
        }
        finally
        {
            Limiter.Waiting -= OnWait;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Fake.DisposeAsync();
    }
}
