using System.Text.RegularExpressions;
using BriefingBot.Chat;
using BriefingBot.Discord.Moderation;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Turns interactions into chat requests, or into the short reason they cannot be served (shown ephemerally): who asks and
/// whether they moderate, the options, the files of an attachment option, and the target of a message command.
/// </summary>
public sealed partial class InteractionRequests(DiscordModerators moderators, DiscordAttachments attachments)
{
    public const string Platform = "discord";
    public const int MaxContextQuestion = 300;

    /// <summary>The request for an application command or a button press; <c>Error</c> set instead when it cannot be served.</summary>
    public (ChatRequest? Request, string? Error) From(Interaction interaction)
    {
        var data = interaction.Data;
        if (data is null)
        {
            return (null, "That interaction carried no data.");
        }

        var request = Base(interaction);
        if (interaction.Type == InteractionType.MessageComponent)
        {
            return string.IsNullOrEmpty(data.CustomId) ? (null, "That button is no longer valid.") : (request with { CallbackData = data.CustomId }, null);
        }

        if (data.Type == ApplicationCommandType.Message)
        {
            return data.Name == SlashCommands.AddToBriefings ? FromAddCommand(request, data) : FromMessageCommand(request, data);
        }

        // Unknown commands and option checks are the dispatcher's, the same as for typed commands. An attachment option's
        // value is the id of a resolved attachment: it becomes a file of the request, not a text option.
        var options = Flatten(data.Options).ToList();
        var values = options
            .Where(o => o.Type != ApplicationCommandOptionType.Attachment && o.Text is not null)
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text!, StringComparer.Ordinal);
        var files = options
            .Where(o => o.Type == ApplicationCommandOptionType.Attachment && o.Text is not null)
            .Select(o => data.Resolved?.Attachments?.GetValueOrDefault(o.Text!))
            .OfType<DiscordAttachment>();
        return (request with { Command = data.Name ?? "", Options = values, Attachments = attachments.ToChat(files) }, null);
    }

    /// <summary>The option being typed in an autocomplete interaction.</summary>
    public static InteractionOption? Focused(Interaction interaction) =>
        Flatten(interaction.Data?.Options).FirstOrDefault(o => o.Focused == true);

    public static IEnumerable<InteractionOption> Flatten(IReadOnlyList<InteractionOption>? options) =>
        options is null ? [] : options.SelectMany(o => o.Options is { Count: > 0 } inner ? Flatten(inner) : [o]);

    private static DiscordMessageInfo? Target(InteractionData data) =>
        data.TargetId is { } id && data.Resolved?.Messages?.TryGetValue(id, out var message) == true ? message : null;

    private static (ChatRequest?, string?) FromMessageCommand(ChatRequest request, InteractionData data)
    {
        var text = Target(data)?.Content?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, "That message has no text to find quotes on.");
        }

        var question = text.Length <= MaxContextQuestion ? text : CutAtWord(text, MaxContextQuestion);
        return (request with { Command = ChatDispatcher.PlainTextCommand, Args = question }, null);
    }

    // "Add to briefings": /add with the message's first link as its argument, its text as the replied-to text, and its files.
    private (ChatRequest?, string?) FromAddCommand(ChatRequest request, InteractionData data)
    {
        var target = Target(data);
        var text = target?.Content?.Trim();
        var files = attachments.ToChat(target?.Attachments);
        if (string.IsNullOrEmpty(text) && files.Count == 0)
        {
            return (null, "That message has no text, link or file to add.");
        }

        var link = string.IsNullOrEmpty(text) ? null : Link().Match(text) is { Success: true } m ? m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '>') : null;
        return (request with
        {
            Command = SlashCommands.AddCommand,
            Args = link ?? "",
            RepliedText = string.IsNullOrEmpty(text) ? null : text,
            Attachments = files,
        }, null);
    }

    private ChatRequest Base(Interaction interaction)
    {
        var user = interaction.Invoker;
        return new ChatRequest
        {
            Platform = Platform,
            UpdateId = interaction.Id,
            User = new ChatUser(user?.Id ?? "unknown", user?.GlobalName ?? user?.Username, user?.Username),
            ChatId = interaction.ChannelId ?? interaction.GuildId ?? user?.Id ?? "unknown",
            ChatKind = interaction.GuildId is null ? ChatKind.Private : ChatKind.Group,
            MentionsBot = true,
            IsModerator = moderators.IsModerator(user?.Id, interaction.Member?.Roles, interaction.Member?.Permissions),
            Locale = interaction.Locale,
        };
    }

    private static string CutAtWord(string text, int max)
    {
        var space = text.LastIndexOf(' ', max);
        return (space > max / 2 ? text[..space] : text[..max]).Trim();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
