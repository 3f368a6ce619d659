namespace BriefingBot.Core.Curation;

/// <summary>Who makes a change: the platform ("telegram", "discord", "console", "cli"), its user id, and the name shown.</summary>
public sealed record Curator(string Platform, string UserId, string? Name)
{
    /// <summary>The host's owner at the command line.</summary>
    public static Curator Owner { get; } = new("cli", "owner", "owner");

    /// <summary>"Ann (telegram 42)".</summary>
    public override string ToString() => $"{Name ?? UserId} ({Platform} {UserId})";
}
