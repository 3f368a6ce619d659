using BriefingBot.Chat.Health;
using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// What the Discord adapter is doing, for health checks and the log: starting, connected, or stopped with the reason.
/// Each change is reported to the process-wide <see cref="AdapterHealth"/> as "discord".
/// </summary>
public sealed class DiscordAdapterStatus(AdapterHealth health)
{
    private volatile string _state = "not started";

    public string State => _state;

    /// <summary>Why the adapter stopped (a bad token, disallowed intents …); null while it runs.</summary>
    public string? Error { get; private set; }

    public bool IsConnected => _state == "connected";

    public void Set(string state)
    {
        _state = state;
        switch (state)
        {
            case "starting":
                health.Starting(InteractionRequests.Platform);
                break;
            case "connecting":
                health.Connecting(InteractionRequests.Platform);
                break;
            case "connected":
                health.Connected(InteractionRequests.Platform);
                break;
            case "stopped":
                health.Stopped(InteractionRequests.Platform);
                break;
        }
    }

    /// <summary>Raised once when the adapter stops for good, with the reason.</summary>
    public event Action<string>? Failed;

    public void Fail(string error)
    {
        Error = error;
        _state = "stopped";
        health.Failed(InteractionRequests.Platform, error);
        Failed?.Invoke(error);
    }
}
