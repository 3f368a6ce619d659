using BriefingBot.Chat;
using BriefingBot.Chat.Delivery;
using BriefingBot.Discord.Messages;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Interactions;

/// <summary>Answers a message that mentioned the bot: replies to it in its channel. Channel messages cannot be ephemeral: errors are short plain replies.</summary>
public sealed class ChannelReplyChannel(IDiscordRestApi rest, DiscordReplyRenderer renderer, string channelId, string messageId) : IReplyChannel
{
    public Task AcknowledgeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        var reference = new MessageReference(messageId);
        foreach (var answer in renderer.Render(reply))
        {
            await rest.SendMessageAsync(channelId, answer with { Flags = null, MessageReference = reference }, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task EditAsync(ChatReply reply, CancellationToken cancellationToken) => SendAsync(reply, cancellationToken);
}
