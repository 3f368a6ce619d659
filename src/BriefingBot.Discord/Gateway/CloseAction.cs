namespace BriefingBot.Discord.Gateway;

/// <summary>What to do after the gateway closed the connection, and why.</summary>
public enum CloseAction
{
    /// <summary>Reconnect to resume_gateway_url and Resume the session.</summary>
    Resume,

    /// <summary>Reconnect to the gateway URL and Identify a new session.</summary>
    Reidentify,

    /// <summary>Do not reconnect: the adapter stops with the cause.</summary>
    Stop,
}
