using BriefingBot.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>Turns interactions into chat requests, or into the short reason they cannot be served (shown ephemerally).</summary>
public static class InteractionRequests
{
    public const string Platform = "discord";
    public const int MaxContextQuestion = 300;

    // ADMINISTRATOR (1 << 3) or MANAGE_GUILD (1 << 5).
    private const ulong ModeratorPermissions = (1UL << 3) | (1UL << 5);

    /// <summary>The request for an application command or a button press; <c>Error</c> set instead when it cannot be served.</summary>
    public static (ChatRequest? Request, string? Error) From(Interaction interaction)
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
            return FromMessageCommand(request, data);
        }

        // Unknown commands and option checks are the dispatcher's, the same as for typed commands.
        var values = Flatten(data.Options)
            .Where(o => o.Text is not null)
            .GroupBy(o => o.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text!, StringComparer.Ordinal);
        return (request with { Command = data.Name ?? "", Options = values }, null);
    }

    /// <summary>The option being typed in an autocomplete interaction.</summary>
    public static InteractionOption? Focused(Interaction interaction) =>
        Flatten(interaction.Data?.Options).FirstOrDefault(o => o.Focused == true);

    public static IEnumerable<InteractionOption> Flatten(IReadOnlyList<InteractionOption>? options) =>
        options is null ? [] : options.SelectMany(o => o.Options is { Count: > 0 } inner ? Flatten(inner) : [o]);

    private static (ChatRequest?, string?) FromMessageCommand(ChatRequest request, InteractionData data)
    {
        var target = data.TargetId is { } id && data.Resolved?.Messages?.TryGetValue(id, out var message) == true ? message : null;
        var text = target?.Content?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, "That message has no text to find quotes on.");
        }

        var question = text.Length <= MaxContextQuestion ? text : CutAtWord(text, MaxContextQuestion);
        return (request with { Command = ChatDispatcher.PlainTextCommand, Args = question }, null);
    }

    private static ChatRequest Base(Interaction interaction)
    {
        var user = interaction.Invoker;
        var permissions = ulong.TryParse(interaction.Member?.Permissions, out var p) ? p : 0;
        return new ChatRequest
        {
            Platform = Platform,
            UpdateId = interaction.Id,
            User = new ChatUser(user?.Id ?? "unknown", user?.GlobalName ?? user?.Username, user?.Username),
            ChatId = interaction.ChannelId ?? interaction.GuildId ?? user?.Id ?? "unknown",
            ChatKind = interaction.GuildId is null ? ChatKind.Private : ChatKind.Group,
            MentionsBot = true,
            IsModerator = (permissions & ModeratorPermissions) != 0,
            Locale = interaction.Locale,
        };
    }

    private static string CutAtWord(string text, int max)
    {
        var space = text.LastIndexOf(' ', max);
        return (space > max / 2 ? text[..space] : text[..max]).Trim();
    }
}
