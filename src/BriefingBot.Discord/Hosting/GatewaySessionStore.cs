using System.Text.Json;
using BriefingBot.Chat.State;
using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// The gateway sessions a stopping process leaves for the next one (in the chat state file), so it resumes them — and
/// Discord replays what was dispatched meanwhile — instead of identifying anew. Each kept session is used once.
/// </summary>
public sealed class GatewaySessionStore(ChatStateStore store)
{
    private const string Key = "discord:sessions";

    /// <summary>False when the chat state lives in memory only: nothing outlives the process, so there is nothing to resume.</summary>
    public bool CanKeep => store.IsPersistent;

    /// <summary>Keeps the sessions of this process's shards (of <paramref name="shardCount"/>), replacing any kept before.</summary>
    public void Save(int shardCount, IReadOnlyDictionary<int, GatewaySession> sessions)
    {
        var kept = new KeptSessions(shardCount, sessions.Select(s => new KeptSession(s.Key, s.Value.SessionId, s.Value.ResumeGatewayUrl, s.Value.Sequence, s.Value.BotUserId)).ToList());
        store.Set(Key, JsonSerializer.Serialize(kept, DiscordJson.Options));
    }

    /// <summary>The sessions kept for shards of <paramref name="shardCount"/> (none when the count changed), by shard id; forgets them.</summary>
    public IReadOnlyDictionary<int, GatewaySession> Take(int shardCount)
    {
        var text = store.Get(Key);
        if (text is null)
        {
            return new Dictionary<int, GatewaySession>();
        }

        store.Remove(Key);
        KeptSessions? kept;
        try
        {
            kept = JsonSerializer.Deserialize<KeptSessions>(text, DiscordJson.Options);
        }
        catch (JsonException)
        {
            kept = null;
        }

        // Whatever is unreadable is dropped: the shard identifies anew, as on a first start.
        return kept?.Shards is null || kept.ShardCount != shardCount
            ? new Dictionary<int, GatewaySession>()
            : kept.Shards.Where(s => s is { SessionId.Length: > 0, ResumeGatewayUrl.Length: > 0 }).DistinctBy(s => s.Shard)
                .ToDictionary(s => s.Shard, s => new GatewaySession(s.SessionId, s.ResumeGatewayUrl, s.Sequence, s.BotUserId));
    }

    private sealed record KeptSessions(int ShardCount, IReadOnlyList<KeptSession> Shards);

    private sealed record KeptSession(int Shard, string SessionId, string ResumeGatewayUrl, int? Sequence, string? BotUserId);
}
