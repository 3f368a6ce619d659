namespace BriefingBot.Discord.Hosting;

/// <summary>Settings of the Discord adapter (section "BriefingBot:Discord"; BRIEFINGBOT__DISCORD__… variables, *_FILE for secrets).</summary>
public sealed class DiscordOptions
{
    public const string Section = "BriefingBot:Discord";

    public const string DefaultRestBaseUrl = "https://discord.com/api/v10/";

    /// <summary>The bot token (Developer Portal → Bot → Token). Empty: the adapter is not configured.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application id (Developer Portal → General Information).</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>The application's public key (General Information), 64 hex digits: needed in HTTP mode.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>Register commands in this guild only (they appear at once; for trying the bot). Empty: global commands.</summary>
    public string? GuildId { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Discord's REST API root; the gateway URL is read from GET /gateway/bot on it. Tests point it at 127.0.0.1.</summary>
    public string RestBaseUrl { get; set; } = DefaultRestBaseUrl;

    /// <summary>Register the slash commands at start (a bulk overwrite).</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Also answer messages that mention the bot (gateway mode; needs the privileged Message Content intent).</summary>
    public bool AnswerMentions { get; set; }

    /// <summary>Total shards; empty uses Discord's recommended count.</summary>
    public int? ShardCount { get; set; }

    /// <summary>Which shards this process runs (comma-separated, e.g. "0,1"); empty runs all of them.</summary>
    public string? ShardIds { get; set; }

    /// <summary>HTTP mode: where the interactions endpoint listens.</summary>
    public string HttpListenUrl { get; set; } = "http://0.0.0.0:8090";

    /// <summary>HTTP mode: the endpoint's path (the Interactions Endpoint URL on the portal ends with it).</summary>
    public string HttpPath { get; set; } = "/discord/interactions";

    /// <summary>HTTP mode: signed requests older than this are refused.</summary>
    public TimeSpan SignatureMaxAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>User ids that moderate the bot, comma-separated (BRIEFINGBOT__DISCORD__MODERATORS).</summary>
    public string? Moderators { get; set; }

    /// <summary>Role ids whose members moderate the bot, comma-separated (BRIEFINGBOT__DISCORD__MODERATORROLES). Members with Manage Server or Administrator moderate anyway.</summary>
    public string? ModeratorRoles { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token);

    /// <summary>The ids in <see cref="Moderators"/>.</summary>
    public IReadOnlySet<string> ModeratorIds() => Ids(Moderators);

    /// <summary>The ids in <see cref="ModeratorRoles"/>.</summary>
    public IReadOnlySet<string> ModeratorRoleIds() => Ids(ModeratorRoles);

    private static HashSet<string> Ids(string? list) =>
        (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<int>? ParsedShardIds() =>
        string.IsNullOrWhiteSpace(ShardIds) ? null
            : ShardIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
}
