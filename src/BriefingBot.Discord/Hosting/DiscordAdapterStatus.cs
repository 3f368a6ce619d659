using BriefingBot.Chat.Health;
using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// The Discord adapter's state as the shared <see cref="AdapterHealth"/> holds it under "discord" (the same states as
/// every adapter), and why it stopped for good.
/// </summary>
public sealed class DiscordAdapterStatus(AdapterHealth health)
{
    public AdapterState? State => health.StateOf(InteractionRequests.Platform);

    /// <summary>Why the adapter stopped (a bad token, disallowed intents …); null while it runs.</summary>
    public string? Error { get; private set; }

    public bool IsConnected => State == AdapterState.Connected;

    public void Starting() => health.Starting(InteractionRequests.Platform);

    public void Connecting() => health.Connecting(InteractionRequests.Platform);

    public void Connected() => health.Connected(InteractionRequests.Platform);

    public void Stopped() => health.Stopped(InteractionRequests.Platform);

    public void Fail(string error)
    {
        Error = error;
        health.Failed(InteractionRequests.Platform, error);
    }
}
