using BriefingBot.Chat;
using BriefingBot.Discord.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Answers interactions with the shared dispatcher: slash commands, the "Find quotes on this" message command and "More"
/// buttons become requests answered through an <see cref="InteractionReplyChannel"/>; autocomplete asks the command
/// catalog for the focused option's suggestions.
/// </summary>
public sealed class DiscordInteractionHandler(
    ChatDispatcher dispatcher, DiscordReplyRenderer renderer, InteractionRequests requests, ILogger<DiscordInteractionHandler>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task HandleAsync(IDiscordInteraction interaction, CancellationToken cancellationToken)
    {
        try
        {
            switch (interaction.Payload.Type)
            {
                case InteractionType.ApplicationCommandAutocomplete:
                    await interaction.RespondWithAutocompleteAsync(Suggest(interaction.Payload), cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionType.ApplicationCommand or InteractionType.MessageComponent:
                    await AnswerAsync(interaction, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    if (!interaction.HasResponded)
                    {
                        await interaction.RespondAsync(DiscordMessage.Text("I can't handle that here.", ephemeral: true), cancellationToken).ConfigureAwait(false);
                    }

                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(e, "Answering Discord interaction {Id} failed", interaction.Payload.Id);
            await TryReportFailureAsync(interaction, cancellationToken).ConfigureAwait(false);
        }
    }

    private IEnumerable<ApplicationCommandChoice> Suggest(Interaction interaction)
    {
        var focused = InteractionRequests.Focused(interaction);
        if (focused is null || interaction.Data?.Name is not { } command)
        {
            return [];
        }

        return dispatcher.Catalog.Suggest(command, focused.Name, focused.Text ?? "", DiscordLimits.AutocompleteChoices)
            .Select(name => DiscordText.Truncate(name, DiscordLimits.ChoiceName))
            .Select(name => new ApplicationCommandChoice(name, name));
    }

    private async Task AnswerAsync(IDiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var (request, error) = requests.From(interaction.Payload);
        if (request is null)
        {
            await interaction.RespondAsync(DiscordMessage.Text(error!, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        await dispatcher.HandleAsync(request, new InteractionReplyChannel(interaction, renderer), cancellationToken).ConfigureAwait(false);
    }

    private async Task TryReportFailureAsync(IDiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Payload.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return;
        }

        var message = DiscordMessage.Text(ChatDispatcher.FailureMessage, ephemeral: true);
        try
        {
            if (interaction.HasResponded)
            {
                await interaction.FollowupAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await interaction.RespondAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not tell the user that interaction {Id} failed", interaction.Payload.Id);
        }
    }
}
