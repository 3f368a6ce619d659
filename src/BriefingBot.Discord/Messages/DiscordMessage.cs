namespace BriefingBot.Discord.Messages;

/// <summary>
/// Every message the bot sends: interaction responses, edits, follow-ups and channel messages. It always carries
/// <see cref="AllowedMentions"/> = <c>{"parse": []}</c>; there is no way to build one that pings.
/// </summary>
public sealed record DiscordMessage
{
    /// <summary>Plain text, at most 2,000 characters (use <see cref="Text"/> to trim on purpose).</summary>
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Null on edits (flags cannot change); <see cref="MessageFlags.Ephemeral"/> on replies only the user sees.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>For channel messages: the message this one replies to.</summary>
    public MessageReference? MessageReference { get; init; }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A JSON field: the serializer writes instance properties.")]
    public AllowedMentions AllowedMentions => AllowedMentions.None;

    /// <summary>A message of plain text, trimmed to the content limit.</summary>
    public static DiscordMessage Text(string text, bool ephemeral = false) => new()
    {
        Content = DiscordText.Truncate(text, DiscordLimits.Content),
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
    };
}
