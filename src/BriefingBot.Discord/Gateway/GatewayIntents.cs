namespace BriefingBot.Discord.Gateway;

/// <summary>The gateway intents the bot can ask for (developers/events/gateway: list of intents).</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: message text in events. Needed only to answer mentions.</summary>
    MessageContent = 1 << 15,
}
