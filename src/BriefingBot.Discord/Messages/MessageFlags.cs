namespace BriefingBot.Discord.Messages;

/// <summary>Message flags the bot sets (developers/resources/message: message flags).</summary>
[Flags]
public enum MessageFlags
{
    None = 0,
    SuppressEmbeds = 1 << 2,
    Ephemeral = 1 << 6,
}
