using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Interactions;

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
