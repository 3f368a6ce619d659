namespace BriefingBot.Discord.Hosting;

/// <summary>What the Discord adapter is doing, for health checks and the log: starting, connected, or stopped with the reason.</summary>
public sealed class DiscordAdapterStatus
{
    private volatile string _state = "not started";

    public string State => _state;

    /// <summary>Why the adapter stopped (a bad token, disallowed intents …); null while it runs.</summary>
    public string? Error { get; private set; }

    public bool IsConnected => _state == "connected";

    public void Set(string state) => _state = state;

    /// <summary>Raised once when the adapter stops for good, with the reason.</summary>
    public event Action<string>? Failed;

    public void Fail(string error)
    {
        Error = error;
        _state = "stopped";
        Failed?.Invoke(error);
    }
}
