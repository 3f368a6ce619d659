namespace BriefingBot.Discord.Interactions;

/// <summary>Option types the bot's commands use (developers/interactions/application-commands).</summary>
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
#pragma warning disable CA1720 // Discord's own names for its option types
    String = 3,
    Integer = 4,
#pragma warning restore CA1720
    Boolean = 5,
    Attachment = 11,
}
