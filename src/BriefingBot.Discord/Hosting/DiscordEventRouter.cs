using System.Text.Json;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Hosting;

/// <summary>Gateway dispatches to handlers: INTERACTION_CREATE to the interaction handler, MESSAGE_CREATE to the mention handler.</summary>
public sealed class DiscordEventRouter(
    DiscordInteractionHandler interactions, DiscordMentionHandler mentions, IDiscordRestApi rest, ILogger<DiscordEventRouter>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>The bot's user id on a shard (from its READY), to recognise mentions.</summary>
    public Func<int, string?> BotUserId { get; set; } = _ => null;

    public bool AnswerMentions { get; init; }

    public async Task RouteAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.EventName)
        {
            case "INTERACTION_CREATE" when Read<Interaction>(dispatch) is { } interaction:
                await interactions.HandleAsync(DiscordInteraction.OverRest(interaction, rest), cancellationToken).ConfigureAwait(false);
                break;
            case "MESSAGE_CREATE" when AnswerMentions && Read<DiscordMessageInfo>(dispatch) is { } message:
                await mentions.HandleAsync(message, BotUserId(dispatch.ShardId), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private T? Read<T>(GatewayDispatch dispatch)
        where T : class
    {
        try
        {
            return dispatch.Data.ValueKind == JsonValueKind.Object ? dispatch.Data.Deserialize<T>(DiscordJson.Options) : null;
        }
        catch (JsonException e)
        {
            _logger.LogWarning("Skipped a malformed {Event}: {Error}", dispatch.EventName, e.Message);
            return null;
        }
    }
}
