namespace BriefingBot.Hosting.Health;

/// <summary>One part of the readiness answer: its state, and where it helps, why, since when, and how much it holds.</summary>
public sealed record ComponentHealth(string State, string? Reason = null, DateTimeOffset? Since = null, int? Quotes = null);
