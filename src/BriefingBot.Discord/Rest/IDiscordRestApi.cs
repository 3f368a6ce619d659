using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Messages;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// The REST calls the bot makes, named after Discord.Net's rest client (GetBotGatewayAsync, BulkOverwrite…Commands,
/// interaction responses) so that library can stand in for ours.
/// </summary>
public interface IDiscordRestApi
{
    Task<GatewayBotInfo> GetBotGatewayAsync(CancellationToken cancellationToken);

    Task BulkOverwriteGlobalCommandsAsync(string applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    Task BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken);

    Task ModifyOriginalResponseAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken);

    Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken);

    Task FollowupAsync(string applicationId, string token, DiscordMessage message, CancellationToken cancellationToken);

    Task SendMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken);
}
