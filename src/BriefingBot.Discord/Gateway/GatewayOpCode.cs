namespace BriefingBot.Discord.Gateway;

/// <summary>Gateway opcodes (developers/topics/opcodes-and-status-codes).</summary>
public enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    PresenceUpdate = 3,
    VoiceStateUpdate = 4,
    Resume = 6,
    Reconnect = 7,
    RequestGuildMembers = 8,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}

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

/// <summary>The fewest intents that work: interactions need none beyond GUILDS; answering mentions needs messages and their content.</summary>
public static class BotIntents
{
    public static GatewayIntents For(bool answerMentions) =>
        answerMentions ? GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent : GatewayIntents.Guilds;
}
