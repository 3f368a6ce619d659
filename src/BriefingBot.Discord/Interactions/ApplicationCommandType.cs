namespace BriefingBot.Discord.Interactions;

/// <summary>Application command types: slash commands, and the user and message context-menu commands.</summary>
public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}
