namespace BriefingBot.Discord.Messages;

/// <summary>Component types (developers/components/reference) the bot sends.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
}
