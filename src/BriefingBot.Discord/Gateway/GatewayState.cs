namespace BriefingBot.Discord.Gateway;

/// <summary>Where a shard's connection is.</summary>
public enum GatewayState
{
    Disconnected,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    Stopped,
    Failed,
}
