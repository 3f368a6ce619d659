namespace BriefingBot.Chat;

/// <summary>
/// One incoming chat event, platform-neutral: a message (plain text or a command with arguments) or a button press
/// (<see cref="CallbackData"/>). Adapters fill it in; handlers never see platform types.
/// </summary>
public sealed record ChatRequest
{
    /// <summary>"telegram", "discord", "console": with <see cref="UpdateId"/> it identifies the event for idempotency.</summary>
    public required string Platform { get; init; }

    /// <summary>The platform's id of this delivery (Telegram update_id, Discord interaction id).</summary>
    public required string UpdateId { get; init; }

    public required ChatUser User { get; init; }

    public required string ChatId { get; init; }

    public ChatKind ChatKind { get; init; } = ChatKind.Private;

    /// <summary>The message text as the user wrote it (null for a button press or a non-text message).</summary>
    public string? Text { get; init; }

    /// <summary>The command name without slash or bot suffix ("ask"), when the adapter already knows it (Discord slash commands).</summary>
    public string? Command { get; init; }

    /// <summary>The command's free-text arguments, when <see cref="Command"/> is set.</summary>
    public string? Args { get; init; }

    /// <summary>Named options from structured commands (Discord: "speaker", "topic"); empty for text commands.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The payload of a pressed button ("more:…").</summary>
    public string? CallbackData { get; init; }

    /// <summary>The message carried something other than text (sticker, photo, file).</summary>
    public bool HasNonTextContent { get; init; }

    /// <summary>The adapter decided (from its configuration and the platform's permissions) that the sender moderates this bot.</summary>
    public bool IsModerator { get; init; }

    /// <summary>Files attached to the message (empty for most messages).</summary>
    public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];

    /// <summary>The text of the message this one replies to, when it replies to one (so "/add" as a reply adds that text).</summary>
    public string? RepliedText { get; init; }

    /// <summary>The user's language as the platform reports it ("en", "ru"); replies are English for now.</summary>
    public string? Locale { get; init; }

    /// <summary>The message replies to one of the bot's messages.</summary>
    public bool IsReplyToBot { get; init; }

    /// <summary>The message mentions the bot (in a group: it is addressed to us). Adapters strip the mention from <see cref="Text"/>.</summary>
    public bool MentionsBot { get; init; }

    /// <summary>True for a button press.</summary>
    public bool IsCallback => CallbackData is not null;
}
