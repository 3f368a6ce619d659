namespace BriefingBot.Discord.Gateway;

/// <summary>The gateway refused the bot in a way that reconnecting cannot fix (bad token, disallowed intents, bad shard).</summary>
public sealed class GatewayFatalException(int closeCode, int shardId)
    : Exception($"Discord gateway (shard {shardId}) stopped: {GatewayCloseCodes.Describe(closeCode)}.")
{
    public int CloseCode { get; } = closeCode;

    public int ShardId { get; } = shardId;
}
