using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Interactions;

/// <summary>Interaction types (developers/interactions/receiving-and-responding).</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>An incoming interaction, from INTERACTION_CREATE on the gateway or a POST to the interactions endpoint.</summary>
public sealed record Interaction
{
    public string Id { get; init; } = "";

    public string ApplicationId { get; init; } = "";

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public GuildMember? Member { get; init; }

    /// <summary>The invoking user in a DM (in a guild it is <see cref="GuildMember.User"/>).</summary>
    public DiscordUser? User { get; init; }

    public string Token { get; init; } = "";

    public string? Locale { get; init; }

    /// <summary>For components: the message the button was on.</summary>
    public DiscordMessageInfo? Message { get; init; }

    [JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;
}

/// <summary>Application command, autocomplete and component data in one shape (fields absent where they do not apply).</summary>
public sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? TargetId { get; init; }

    public ResolvedData? Resolved { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }
}

/// <summary>An option value as the user gave it (string, number or boolean), and whether it is the one being typed (autocomplete).</summary>
public sealed record InteractionOption
{
    public string Name { get; init; } = "";

    public ApplicationCommandOptionType Type { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public bool? Focused { get; init; }

    /// <summary>The value as text, whatever its JSON type.</summary>
    [JsonIgnore]
    public string? Text => Value is { } v ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => v.GetRawText(),
    } : null;
}

/// <summary>Resolved entities; the bot reads messages (message context-menu commands) and attachments (attachment options).</summary>
public sealed record ResolvedData
{
    public IReadOnlyDictionary<string, DiscordMessageInfo>? Messages { get; init; }

    public IReadOnlyDictionary<string, DiscordAttachment>? Attachments { get; init; }
}

/// <summary>A member of a guild: on interactions with the user and their permissions in the channel; on messages, roles only.</summary>
public sealed record GuildMember
{
    public DiscordUser? User { get; init; }

    public string? Permissions { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }
}

public sealed record DiscordUser
{
    public string Id { get; init; } = "";

    public string? Username { get; init; }

    public string? GlobalName { get; init; }

    public bool? Bot { get; init; }
}

/// <summary>The parts of a message the bot reads: who wrote it (and, in a guild, their roles), its text and files, whom it mentions, what it replies to.</summary>
public sealed record DiscordMessageInfo
{
    public string Id { get; init; } = "";

    public string? ChannelId { get; init; }

    public string? GuildId { get; init; }

    public DiscordUser? Author { get; init; }

    /// <summary>The author as a guild member (gateway messages in a guild): its roles say whether they moderate.</summary>
    public GuildMember? Member { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<DiscordAttachment>? Attachments { get; init; }

    public IReadOnlyList<DiscordUser>? Mentions { get; init; }

    public DiscordMessageInfo? ReferencedMessage { get; init; }
}
