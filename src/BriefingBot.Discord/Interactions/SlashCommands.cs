using BriefingBot.Chat.Catalog;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The bot's application commands, made from the command catalog: one slash command per visible chat command
/// (moderator commands shown only to members who can manage the server), and the message context-menu commands: finding
/// quotes on a message, and adding a message to the library when the catalog has /add.
/// </summary>
public static class SlashCommands
{
    /// <summary>The message context-menu command: asks with the chosen message's text.</summary>
    public const string FindQuotes = "Find quotes on this";

    /// <summary>The message context-menu command that adds the chosen message (its link, text or files) as an article: runs /add.</summary>
    public const string AddToBriefings = "Add to briefings";

    /// <summary>The chat command <see cref="AddToBriefings"/> runs.</summary>
    public const string AddCommand = "add";

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5): who sees moderator commands until the server's settings say otherwise.</summary>
    public const string ModeratorPermissions = "32";

    public static IReadOnlyList<ApplicationCommand> All(ChatCommandCatalog catalog)
    {
        var commands = catalog.Visible.Concat(catalog.ForModerators).Select(ToSlash)
            .Append(new ApplicationCommand(FindQuotes, "", ApplicationCommandType.Message))
            .ToList();
        if (catalog.Find(AddCommand) is { } add)
        {
            commands.Add(new ApplicationCommand(AddToBriefings, "", ApplicationCommandType.Message)
            {
                DefaultMemberPermissions = add.Info.Permission == ChatPermission.Moderator ? ModeratorPermissions : null,
            });
        }

        return commands;
    }

    public static ApplicationCommand ToSlash(ChatCommandInfo command) => new(command.Name, Describe(command.Description))
    {
        DefaultMemberPermissions = command.Permission == ChatPermission.Moderator ? ModeratorPermissions : null,
        Options = command.Options.Count == 0 ? null : command.Options
            .OrderByDescending(o => o.Required) // Discord wants required options first.
            .Select(o => o.Type == ChatOptionType.Attachment
                ? new ApplicationCommandOption(ApplicationCommandOptionType.Attachment, o.Name, Describe(o.Description)) { Required = o.Required }
                : new ApplicationCommandOption(ApplicationCommandOptionType.String, o.Name, Describe(o.Description))
                {
                    Required = o.Required,
                    MaxLength = Math.Clamp(o.MaxLength, 1, 6000),
                    Autocomplete = o.AutocompleteSource is not null ? true : null,
                }).ToList(),
    };

    // Descriptions are 1–100 characters.
    private static string Describe(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
