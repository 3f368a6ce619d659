using BriefingBot.Chat.Web;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// The Discord adapter as a hosted service: registers the commands, then either keeps the gateway shards connected or
/// serves the HTTP interactions endpoint. A refusal that retrying cannot fix (bad token, disallowed intents) stops this
/// adapter with the cause logged and kept in <see cref="DiscordAdapterStatus"/>; the rest of the process keeps running.
/// Stopping lets the events in hand be answered within the host's shutdown bound and keeps the gateway sessions, so the
/// next start resumes them (<see cref="GatewaySessionStore"/>).
/// </summary>
public sealed class DiscordAdapterService(
    DiscordOptions options, IDiscordRestApi rest, CommandRegistrar registrar, DiscordEventRouter router, IServiceProvider services,
    DiscordAdapterStatus status, GatewayConnector connector, GatewaySessionStore sessions, TimeProvider time, ILoggerFactory loggers,
    DiscordMetrics? metrics = null) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordAdapterService>();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Cancelled when the shutdown bound runs out: answers still being worked on then are abandoned.
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>Completes once the adapter is serving (endpoint listening, or every shard ready), or once it has stopped.</summary>
    public Task Started => _started.Task;

    /// <summary>HTTP mode: the address the endpoint listens on, once started.</summary>
    public Uri? ListeningOn { get; private set; }

    /// <summary>Gateway mode: the shards, once started.</summary>
    public DiscordShardedGateway? Gateway { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        status.Starting();
        try
        {
            if (options.RegisterCommands)
            {
                await registrar.RegisterAsync(stoppingToken).ConfigureAwait(false);
            }

            if (options.Mode == DiscordMode.Http)
            {
                await ServeHttpAsync(stoppingToken).ConfigureAwait(false);
            }
            else
            {
                await RunGatewayAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            status.Stopped();
        }
        catch (GatewayFatalException e)
        {
            Stop(e.Message);
        }
        catch (DiscordRestException e) when (e.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            Stop("Discord refused the bot token (401): set BRIEFINGBOT__DISCORD__TOKEN to the token from the Developer Portal's Bot page.");
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException or ArgumentException or IOException)
        {
            Stop($"Discord adapter stopped: {e.Message}");
        }
        finally
        {
            _started.TrySetResult();
        }
    }

    /// <param name="cancellationToken">Cancelled when the shutdown bound runs out.</param>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(_abandon.Cancel).ConfigureAwait(false))
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
            if (Gateway is { } gateway)
            {
                await KeepSessionsAsync(gateway, cancellationToken).ConfigureAwait(false);
            }

            if (options.Mode == DiscordMode.Http)
            {
                // New interactions are still taken until the web host stops (after this service); these are the ones in hand.
                await WhenAnsweredAsync(services.GetRequiredService<HttpInteractionEndpoint>(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        base.Dispose();
    }

    private async Task WhenAnsweredAsync(HttpInteractionEndpoint endpoint, CancellationToken cancellationToken)
    {
        try
        {
            await endpoint.WhenAnsweredAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Stopped with Discord interactions still being answered");
        }
    }

    // After the shards closed: waits for the events in hand to be answered, then keeps each session up to the last
    // event answered, so resuming replays any the bound cut short.
    private async Task KeepSessionsAsync(DiscordShardedGateway gateway, CancellationToken cancellationToken)
    {
        var shards = gateway.Shards;
        if (!sessions.CanKeep || shards.Count == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(shards.Select(s => s.WhenDispatchesHandledAsync(cancellationToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Stopped with Discord events still being answered; the resumed session replays them");
        }

        var kept = shards.Where(s => s.State != GatewayState.Failed).Select(s => (s.ShardId, Session: s.Session))
            .Where(s => s.Session is not null).ToDictionary(s => s.ShardId, s => s.Session!);
        if (kept.Count > 0)
        {
            sessions.Save(shards[0].ShardCount, kept);
        }
    }

    private void Stop(string reason)
    {
        status.Fail(reason);
        _logger.LogCritical("{Reason}", reason);
    }

    private async Task RunGatewayAsync(CancellationToken stoppingToken)
    {
        var plan = new ShardPlan(options.ShardCount, options.ParsedShardIds());
        var gateway = new DiscordShardedGateway(rest, options.Token, BotIntents.For(options.AnswerMentions), plan, time, connector.Sockets, connector.Random, loggers)
        {
            OnDispatch = (dispatch, _) => router.RouteAsync(dispatch, _abandon.Token),
            KeepSessionsOnStop = sessions.CanKeep,
        };
        gateway.ShardsCreated += shards =>
        {
            var kept = shards.Count > 0 ? sessions.Take(shards[0].ShardCount) : new Dictionary<int, GatewaySession>();
            foreach (var shard in shards.Where(s => kept.ContainsKey(s.ShardId)))
            {
                shard.Resume(kept[shard.ShardId]);
                _logger.LogInformation("Discord shard {Shard}: resuming the session kept by the last run", shard.ShardId);
            }

            router.BotUserId = id => shards.FirstOrDefault(s => s.ShardId == id)?.BotUserId;
            foreach (var shard in shards)
            {
                shard.Reconnecting += _ => metrics?.Reconnected(shard.ShardId);
                shard.StateChanged += _ =>
                {
                    var ready = shards.All(s => s.State == GatewayState.Ready);
                    if (!ready)
                    {
                        status.Connecting();
                        return;
                    }

                    status.Connected();
                    _started.TrySetResult();
                };
            }
        };
        Gateway = gateway;
        await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
    }

    private async Task ServeHttpAsync(CancellationToken stoppingToken)
    {
        services.GetRequiredService<HttpInteractionEndpoint>().Stopping = _abandon.Token;
        var web = services.GetRequiredService<SharedWebHost>();
        await web.Started.WaitAsync(stoppingToken).ConfigureAwait(false);
        var address = web.AddressOf(InteractionRequests.Platform);
        ListeningOn = address is null ? null : new Uri($"http://{address}{options.HttpPath}");
        status.Connected();
        _started.TrySetResult();
        _logger.LogInformation("Discord interactions endpoint listening on {Address}", ListeningOn);
        await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
    }
}
