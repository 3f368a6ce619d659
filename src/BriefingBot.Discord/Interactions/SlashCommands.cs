using BriefingBot.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>The bot's application commands, made from the shared command list: one slash command per visible chat command, and the message context-menu command.</summary>
public static class SlashCommands
{
    /// <summary>The message context-menu command: asks with the chosen message's text.</summary>
    public const string FindQuotes = "Find quotes on this";

    public static IReadOnlyList<ApplicationCommand> All(IEnumerable<ChatCommandInfo> commands) =>
        commands.Where(c => !c.Hidden).Select(ToSlash)
            .Append(new ApplicationCommand(FindQuotes, "", ApplicationCommandType.Message))
            .ToList();

    public static ApplicationCommand ToSlash(ChatCommandInfo command) => new(command.Name, Describe(command.Description))
    {
        Options = command.Options.Count == 0 ? null : command.Options
            .OrderByDescending(o => o.Required) // Discord wants required options first.
            .Select(o => new ApplicationCommandOption(ApplicationCommandOptionType.String, o.Name, Describe(o.Description))
            {
                Required = o.Required,
                MaxLength = Math.Clamp(o.MaxLength, 1, 6000),
                Autocomplete = o.Autocomplete ? true : null,
            }).ToList(),
    };

    // Descriptions are 1–100 characters.
    private static string Describe(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
