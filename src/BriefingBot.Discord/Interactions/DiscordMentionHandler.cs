using System.Text.RegularExpressions;
using BriefingBot.Chat;
using BriefingBot.Discord.Moderation;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// With answering mentions switched on (it needs the privileged MESSAGE_CONTENT intent): a message that mentions the
/// bot, or replies to it, is a question; the answer is a reply to it in the same channel. Whether its author moderates is
/// read from their id and, in a guild, their roles (messages carry no permissions).
/// </summary>
public sealed partial class DiscordMentionHandler(ChatDispatcher dispatcher, DiscordReplyRenderer renderer, IDiscordRestApi rest,
    DiscordModerators moderators, DiscordAttachments attachments, ILogger<DiscordMentionHandler>? logger = null)
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    public async Task HandleAsync(DiscordMessageInfo message, string? botUserId, CancellationToken cancellationToken)
    {
        if (botUserId is null || message.Author is null || message.Author.Bot == true || message.ChannelId is null)
        {
            return;
        }

        var mentioned = message.Mentions?.Any(u => u.Id == botUserId) == true;
        var replyToBot = message.ReferencedMessage?.Author?.Id == botUserId;
        if (!mentioned && !replyToBot)
        {
            return;
        }

        var text = Mention().Replace(message.Content ?? "", m => m.Groups[1].Value == botUserId ? "" : m.Value).Trim();
        var request = new ChatRequest
        {
            Platform = InteractionRequests.Platform,
            UpdateId = "message:" + message.Id,
            User = new ChatUser(message.Author.Id, message.Author.GlobalName ?? message.Author.Username, message.Author.Username),
            ChatId = message.ChannelId,
            ChatKind = message.GuildId is null ? ChatKind.Private : ChatKind.Group,
            Text = text,
            MentionsBot = mentioned,
            IsReplyToBot = replyToBot,
            IsModerator = moderators.IsModerator(message.Author.Id, message.Member?.Roles, permissions: null),
            Attachments = attachments.ToChat(message.Attachments),
            RepliedText = message.ReferencedMessage?.Content,
        };
        // Counted as answered once sent: a stop that cuts the sending short leaves the message to a resumed session's replay.
        await dispatcher.HandleAsync(request, new ChannelReplyChannel(rest, renderer, message.ChannelId, message.Id), cancellationToken).ConfigureAwait(false);
        _logger.LogDebug("Answered a mention in channel {Channel}", message.ChannelId);
    }

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex Mention();
}
