namespace BriefingBot.Chat;

/// <summary>Who sent a request: the platform's user id (as text) and how to call them.</summary>
public sealed record ChatUser(string Id, string? DisplayName = null, string? Username = null);
