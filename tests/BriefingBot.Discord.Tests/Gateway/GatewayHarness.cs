using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>One shard's gateway pointed at the fake Discord, on fake time, with a fixed "random" value.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "test-token";

    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscord fake, DiscordGateway gateway, FakeTimeProvider time)
    {
        Fake = fake;
        Gateway = gateway;
        Time = time;
        Run = Task.Run(() => gateway.RunAsync(_stop.Token));
    }

    public FakeDiscord Fake { get; }

    public DiscordGateway Gateway { get; }

    public FakeTimeProvider Time { get; }

    public Task Run { get; }

    public static async Task<GatewayHarness> StartAsync(GatewayIntents intents = GatewayIntents.Guilds, double random = 0.5)
    {
        var fake = await FakeDiscord.StartAsync();
        var (gateway, time) = Create(fake, intents, random, keepSessionOnStop: false);
        return new GatewayHarness(fake, gateway, time);
    }

    /// <summary>
    /// A gateway that keeps its session when stopped, starting from the session <paramref name="kept"/> gives (for the
    /// fake's resume URL) when given, with <paramref name="onDispatch"/> handling the dispatches.
    /// </summary>
    public static async Task<GatewayHarness> StartKeepingAsync(Func<FakeDiscord, GatewaySession>? kept = null, Func<GatewayDispatch, CancellationToken, Task>? onDispatch = null,
        double random = 0.5)
    {
        var fake = await FakeDiscord.StartAsync();
        var (gateway, time) = Create(fake, GatewayIntents.Guilds, random, keepSessionOnStop: true);
        gateway.OnDispatch = onDispatch;
        if (kept is not null)
        {
            gateway.Resume(kept(fake));
        }

        return new GatewayHarness(fake, gateway, time);
    }

    private static (DiscordGateway, FakeTimeProvider) Create(FakeDiscord fake, GatewayIntents intents, double random, bool keepSessionOnStop)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var gate = new IdentifyGate(new SessionStartLimit(1000, 1000, 0, 1), time);
        var gateway = new DiscordGateway(new GatewaySettings(Token, intents, 0, 1, fake.GatewayUrl), gate, time, () => new WebSocketGatewaySocket(), () => random)
        {
            KeepSessionOnStop = keepSessionOnStop,
        };
        return (gateway, time);
    }

    /// <summary>Hello, Identify, READY: a connected session with sequence 1.</summary>
    public async Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1", int heartbeatMs = 1000)
    {
        var connection = await Fake.NextConnectionAsync();
        await connection.SendHelloAsync(heartbeatMs);
        await connection.ReceiveOpAsync(2);
        await WhenStateAsync(GatewayState.Ready, () => connection.SendReadyAsync(sessionId, Fake.ResumeUrl));
        return connection;
    }

    /// <summary>Runs <paramref name="action"/> and waits until the gateway reaches <paramref name="state"/>.</summary>
    public async Task WhenStateAsync(GatewayState state, Func<Task> action)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(GatewayState s)
        {
            if (s == state)
            {
                reached.TrySetResult();
            }
        }

        Gateway.StateChanged += OnChange;
        try
        {
            await action();
            await reached.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Gateway.StateChanged -= OnChange;
        }
    }

    /// <summary>Runs <paramref name="action"/> and waits until the gateway is about to reconnect (its pause, if any, already scheduled).</summary>
    public async Task<string> WhenReconnectingAsync(Func<Task> action)
    {
        var reason = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnReconnect(string r) => reason.TrySetResult(r);
        Gateway.Reconnecting += OnReconnect;
        try
        {
            await action();
            return await reason.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Gateway.Reconnecting -= OnReconnect;
        }
    }

    /// <summary>Stops the gateway, as the host does on shutdown, and waits until it has.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is OperationCanceledException or GatewayFatalException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();

        await Fake.DisposeAsync();
        _stop.Dispose();
    }
}
