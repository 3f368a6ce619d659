using BriefingBot.Chat;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Hosting;

/// <summary>Registers the bot's commands with one bulk overwrite: in the configured guild (instant) or globally.</summary>
public sealed class CommandRegistrar(IDiscordRestApi rest, DiscordOptions options, ChatDispatcher dispatcher)
{
    public IReadOnlyList<ApplicationCommand> Commands => SlashCommands.All(dispatcher.Catalog);

    public Task RegisterAsync(CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(options.GuildId)
            ? rest.BulkOverwriteGlobalCommandsAsync(options.ApplicationId, Commands, cancellationToken)
            : rest.BulkOverwriteGuildCommandsAsync(options.ApplicationId, options.GuildId, Commands, cancellationToken);
}
