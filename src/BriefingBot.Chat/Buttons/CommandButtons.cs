using System.Security.Cryptography;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;

namespace BriefingBot.Chat.Buttons;

/// <summary>
/// Buttons that run a command ("Publish" runs /publish 7): the command is kept in the chat state file under an unguessable
/// token, as "More" pages are, and the payload is "cmd:TOKEN" (16 characters: fits Telegram's 64 bytes). Pressing one runs
/// the command as if typed by whoever pressed it, so its permission is checked again.
/// </summary>
public sealed class CommandButtons(ChatStateStore store, TimeProvider time, TimeSpan lifetime)
{
    public const string Prefix = "cmd:";
    private const string Kind = "command";
    private const int TokenBytes = 9;

    public static bool IsCommand(string payload) => payload.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>A button labelled <paramref name="label"/> that runs /<paramref name="command"/> <paramref name="args"/> in this chat.</summary>
    public ReplyButton Create(ChatRequest request, string label, string command, string args)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).Replace('+', '-').Replace('/', '_');
        store.Pages.Insert(new PageState
        {
            Id = token,
            Platform = request.Platform,
            ChatId = request.ChatId,
            Kind = Kind,
            Query = command + " " + args,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        return new ReplyButton(label, Prefix + token);
    }

    /// <summary>The command line behind a pressed button ("publish 7"), if the button is ours, for this chat, and not expired.</summary>
    public PageLookup Find(string payload, string platform, string chatId, out (string Command, string Args) line)
    {
        line = default;
        var token = IsCommand(payload) ? payload[Prefix.Length..] : "";
        if (token.Length != 12 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return PageLookup.Unknown;
        }

        var found = store.Pages.FindById(token);
        if (found is null || found.Kind != Kind || found.Platform != platform || found.ChatId != chatId)
        {
            return PageLookup.Unknown;
        }

        if (found.CreatedAt + lifetime < time.GetUtcNow().UtcDateTime)
        {
            return PageLookup.Expired;
        }

        var space = found.Query.IndexOf(' ', StringComparison.Ordinal);
        line = (found.Query[..space], found.Query[(space + 1)..]);
        return PageLookup.Found;
    }
}
