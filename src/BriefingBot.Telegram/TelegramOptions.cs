namespace BriefingBot.Telegram;

/// <summary>The Telegram adapter's settings (section "BriefingBot:Telegram"); the adapter runs when <see cref="Token"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "BriefingBot:Telegram";

    /// <summary>The bot token from @BotFather (or BRIEFINGBOT__TELEGRAM__TOKEN_FILE). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>The Bot API server: Telegram's by default, or your own Bot API server (tests use 127.0.0.1).</summary>
    public string BaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Seconds a getUpdates long poll waits for updates.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Webhook mode: the public HTTPS URL Telegram posts updates to (registered with setWebhook at start).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1–256 of A–Z, a–z, 0–9, _ and -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where our listener binds, e.g. http://0.0.0.0:8443 behind a TLS-terminating proxy.</summary>
    public string WebhookListenUrl { get; set; } = "http://0.0.0.0:8443";

    /// <summary>Least time between two messages to one chat.</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most messages to one group in any minute.</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Most messages to all chats in any second.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>How often a send failing with a network or server error is tried before it is dropped.</summary>
    public int SendAttempts { get; set; } = 5;

    /// <summary>Longest wait between retries after network or server errors.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long inline query results may be cached by Telegram.</summary>
    public int InlineCacheSeconds { get; set; } = 300;

    /// <summary>User ids that moderate the bot, comma-separated (BRIEFINGBOT__TELEGRAM__MODERATORS=11111,22222).</summary>
    public string? Moderators { get; set; }

    /// <summary>Chat ids whose administrators moderate the bot, comma-separated (BRIEFINGBOT__TELEGRAM__MODERATORCHATS=-1001234567890).</summary>
    public string? ModeratorChats { get; set; }

    /// <summary>How long a chat's administrator list is trusted before it is asked for again.</summary>
    public TimeSpan ModeratorCacheTime { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);

    /// <summary>The ids in <see cref="Moderators"/>; null when one is not a whole number.</summary>
    public IReadOnlySet<long>? ModeratorIds() => Ids(Moderators);

    /// <summary>The ids in <see cref="ModeratorChats"/>; null when one is not a whole number.</summary>
    public IReadOnlySet<long>? ModeratorChatIds() => Ids(ModeratorChats);

    private static HashSet<long>? Ids(string? list)
    {
        var ids = new HashSet<long>();
        foreach (var part in (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }
}
