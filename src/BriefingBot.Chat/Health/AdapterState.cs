namespace BriefingBot.Chat.Health;

/// <summary>Where a chat adapter stands.</summary>
public enum AdapterState
{
    /// <summary>Configured, not connected yet (first connection under way).</summary>
    Starting,

    /// <summary>Connected to its platform and taking messages.</summary>
    Connected,

    /// <summary>Was connected, lost the connection, and is trying again.</summary>
    Reconnecting,

    /// <summary>Stopped for good (a refused token, a crash): the reason says why. Nothing moves it out of this state.</summary>
    Failed,

    /// <summary>Stopped because the process is stopping.</summary>
    Stopped,
}
