using BriefingBot.Chat;
using BriefingBot.Chat.Delivery;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Answers one interaction: the acknowledgement is the deferred response (the 3-second window); the reply then edits
/// it and follows up with further messages. An error goes only to the user who asked: as the ephemeral first response,
/// or after a deferral (which cannot turn ephemeral) as an ephemeral follow-up in its place.
/// </summary>
public sealed class InteractionReplyChannel(IDiscordInteraction interaction, DiscordReplyRenderer renderer) : IReplyChannel
{
    public Task AcknowledgeAsync(CancellationToken cancellationToken) => interaction.DeferAsync(ephemeral: false, cancellationToken);

    public async Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        var messages = renderer.Render(reply);
        if (!interaction.HasResponded)
        {
            await interaction.RespondAsync(messages[0], cancellationToken).ConfigureAwait(false);
        }
        else if (reply.IsError)
        {
            await interaction.DeleteOriginalResponseAsync(cancellationToken).ConfigureAwait(false);
            await interaction.FollowupAsync(messages[0], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await interaction.ModifyOriginalResponseAsync(messages[0], cancellationToken).ConfigureAwait(false);
        }

        foreach (var message in messages.Skip(1))
        {
            await interaction.FollowupAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task EditAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        if (interaction.Payload.Type != InteractionType.MessageComponent || reply.IsError)
        {
            await SendAsync(reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        var message = renderer.Render(reply)[0];
        if (interaction.HasResponded)
        {
            await interaction.ModifyOriginalResponseAsync(message, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await interaction.UpdateMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
