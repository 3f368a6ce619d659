using System.Globalization;
using BriefingBot.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Turns a Telegram update into a platform-neutral request: commands for other bots, edits and channel posts are
/// dropped (null); "/cmd@ThisBot" and "@ThisBot question" become addressed requests without the bot's name. A document's
/// caption is its message text (so "/add" can be the caption of a file), and the document is the request's attachment.
/// </summary>
public sealed class TelegramUpdateMapper(BotIdentity bot, TelegramDocuments? documents = null)
{
    public const string Platform = "telegram";

    public ChatRequest? Map(Update update)
    {
        var id = update.Id.ToString(CultureInfo.InvariantCulture);
        if (update.CallbackQuery is { } callback)
        {
            return callback.Message is { } source
                ? Base(id, callback.From, source.Chat) with { CallbackData = callback.Data ?? "" }
                : null;
        }

        if (update.InlineQuery is { } inline)
        {
            return new ChatRequest
            {
                Platform = Platform,
                UpdateId = id,
                User = new ChatUser(inline.From.Id.ToString(CultureInfo.InvariantCulture), inline.From.FirstName, inline.From.Username),
                ChatId = inline.From.Id.ToString(CultureInfo.InvariantCulture),
                Text = inline.Query,
                Locale = inline.From.LanguageCode,
            };
        }

        if (update.Message is not { } message || message.From is null || message.From.IsBot)
        {
            return null; // edits, channel posts, service updates, other bots: nothing a person waits for
        }

        var request = Base(id, message.From, message.Chat) with
        {
            IsReplyToBot = bot.Id != 0 && message.ReplyToMessage?.From?.Id == bot.Id,
            HasNonTextContent = message.Text is null,
            RepliedText = message.ReplyToMessage is { } replied ? replied.Text ?? replied.Caption : null,
            Attachments = message.Document is { } document && documents is not null ? [documents.ToAttachment(document)] : [],
        };
        var text = message.Text ?? (message.Document is not null ? message.Caption : null);
        if (text is null)
        {
            return request;
        }

        if (ChatCommandParser.Parse(text) is { } command)
        {
            if (command.IsForOtherBot(bot.Username))
            {
                return null;
            }

            // Parsed here, once: the dispatcher takes the command as named.
            return request with
            {
                Text = text,
                Command = command.Name,
                Args = command.Args,
                MentionsBot = command.AddressedTo is not null,
            };
        }

        var mention = bot.Username is null ? null : "@" + bot.Username;
        if (mention is not null && text.Contains(mention, StringComparison.OrdinalIgnoreCase))
        {
            return request with { Text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase).Trim(), MentionsBot = true };
        }

        return request with { Text = text };
    }

    private static ChatRequest Base(string id, User from, global::Telegram.Bot.Types.Chat chat) => new()
    {
        Platform = Platform,
        UpdateId = id,
        User = new ChatUser(from.Id.ToString(CultureInfo.InvariantCulture), from.FirstName, from.Username),
        ChatId = chat.Id.ToString(CultureInfo.InvariantCulture),
        ChatKind = chat.Type switch
        {
            ChatType.Private => ChatKind.Private,
            ChatType.Channel => ChatKind.Channel,
            _ => ChatKind.Group,
        },
        Locale = from.LanguageCode,
    };
}
