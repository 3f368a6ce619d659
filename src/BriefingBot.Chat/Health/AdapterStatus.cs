namespace BriefingBot.Chat.Health;

/// <summary>One adapter's state, the reason for a failure or a reconnect, and since when it holds.</summary>
public sealed record AdapterStatus(string Adapter, AdapterState State, string? Reason, DateTimeOffset Since);
