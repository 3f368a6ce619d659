using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// All of this process's shards (Discord.Net's DiscordShardedClient, reduced): reads GET /gateway/bot once, starts one
/// <see cref="DiscordGateway"/> per shard in order through one <see cref="IdentifyGate"/>, and stops them all when one fails for good.
/// </summary>
public sealed class DiscordShardedGateway(
    IDiscordRestApi rest, string token, GatewayIntents intents, ShardPlan plan, TimeProvider time, Func<IGatewaySocket> sockets, Func<double> random,
    ILoggerFactory? loggers = null)
{
    private readonly ILoggerFactory _loggers = loggers ?? NullLoggerFactory.Instance;
    private readonly List<DiscordGateway> _shards = [];

    public IReadOnlyList<DiscordGateway> Shards => _shards;

    public Func<GatewayDispatch, CancellationToken, Task>? OnDispatch { get; set; }

    /// <summary>Stopping leaves the shards' sessions resumable (see <see cref="DiscordGateway.KeepSessionOnStop"/>).</summary>
    public bool KeepSessionsOnStop { get; init; }

    /// <summary>Raised once the shards exist (before any connects), e.g. to watch their state.</summary>
    public event Action<IReadOnlyList<DiscordGateway>>? ShardsCreated;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var info = await rest.GetBotGatewayAsync(cancellationToken).ConfigureAwait(false);
        var (count, ids) = plan.Resolve(info.Shards);
        var logger = _loggers.CreateLogger<DiscordShardedGateway>();
        var limit = info.SessionStartLimit;
        if (limit.Remaining < ids.Count)
        {
            logger.LogWarning("Discord allows {Remaining} more session starts before its limit resets in {Reset}; shards beyond that wait for the reset",
                limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter));
        }

        var gate = new IdentifyGate(limit, time);
        _shards.Clear();
        foreach (var id in ids)
        {
            var settings = new GatewaySettings(token, intents, id, count, info.Url);
            _shards.Add(new DiscordGateway(settings, gate, time, sockets, random, _loggers.CreateLogger<DiscordGateway>()) { OnDispatch = OnDispatch, KeepSessionOnStop = KeepSessionsOnStop });
        }

        ShardsCreated?.Invoke(_shards);
        logger.LogInformation("Discord gateway: {Shards} of {Count} shard(s), intents {Intents}", ids.Count, count, intents);
        using var all = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = _shards.Select(s => s.RunAsync(all.Token)).ToList();
        var first = await Task.WhenAny(running).ConfigureAwait(false);
        await all.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!first.IsFaulted)
        {
            throw;
        }
        catch (Exception) when (first.IsFaulted)
        {
            // Report the shard that failed first, not the others' cancellations.
        }

        await first.ConfigureAwait(false);
    }
}
