using BriefingBot.Chat;
using BriefingBot.Discord.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Answers interactions with the shared chat handlers: slash commands, the "Find quotes on this" message command and
/// "More" buttons are deferred at once (the 3-second window), then answered by editing the original response and
/// following up with any further messages; errors go only to the user who asked; autocomplete offers speakers.
/// </summary>
public sealed class DiscordInteractionHandler(
    ChatDispatcher dispatcher, ISpeakerSuggestions speakers, DiscordReplyRenderer renderer, ILogger<DiscordInteractionHandler>? logger = null)
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
        if (focused?.Name != "speaker")
        {
            return [];
        }

        return speakers.Suggest(focused.Text ?? "", DiscordLimits.AutocompleteChoices)
            .Select(name => DiscordText.Truncate(name, DiscordLimits.ChoiceName))
            .Select(name => new ApplicationCommandChoice(name, name));
    }

    private async Task AnswerAsync(IDiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var (request, error) = InteractionRequests.From(interaction.Payload);
        if (request is null)
        {
            await interaction.RespondAsync(DiscordMessage.Text(error!, ephemeral: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        await interaction.DeferAsync(ephemeral: false, cancellationToken).ConfigureAwait(false);
        var reply = await dispatcher.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply is null)
        {
            // Already answered (a re-delivered interaction): take the "thinking" message away again.
            await interaction.DeleteOriginalResponseAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var messages = renderer.Render(reply);
        if (reply.IsError)
        {
            // A deferred response cannot turn ephemeral: replace it with an ephemeral follow-up.
            await interaction.DeleteOriginalResponseAsync(cancellationToken).ConfigureAwait(false);
            await interaction.FollowupAsync(messages[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        await interaction.ModifyOriginalResponseAsync(messages[0], cancellationToken).ConfigureAwait(false);
        foreach (var message in messages.Skip(1))
        {
            await interaction.FollowupAsync(message, cancellationToken).ConfigureAwait(false);
        }
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
