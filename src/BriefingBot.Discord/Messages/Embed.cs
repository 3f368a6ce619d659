using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Messages;

/// <summary>A rich embed (developers/resources/message: embed object). Build with <see cref="EmbedBuilder"/> to stay within the limits.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedAuthor? Author { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>The characters that count towards the 6,000 a message's embeds may hold together (ours, not Discord's: never sent).</summary>
    [JsonIgnore]
    public int CountedLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0) + (Author?.Name.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
