namespace BriefingBot.Discord.Hosting;

/// <summary>How the Discord adapter receives interactions.</summary>
public enum DiscordMode
{
    /// <summary>A gateway WebSocket connection (no public URL needed).</summary>
    Gateway,

    /// <summary>Discord POSTs interactions to our endpoint (behind a reverse proxy), signed with the application's key.</summary>
    Http,
}
