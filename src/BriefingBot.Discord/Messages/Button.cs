using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Messages;

/// <summary>A button: label at most 80 characters, custom_id 1–100 (checked on construction).</summary>
public sealed record Button
{
    [JsonConstructor]
    private Button(ButtonStyle style, string label, string? customId, string? url)
    {
        Style = style;
        Label = label;
        CustomId = customId;
        Url = url;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A JSON field: the serializer writes instance properties.")]
    public ComponentType Type => ComponentType.Button;

    public ButtonStyle Style { get; }

    public string Label { get; }

    public string? CustomId { get; }

    public string? Url { get; }

    /// <summary>A button that comes back as a component interaction carrying <paramref name="customId"/>.</summary>
    public static Button Action(string label, string customId, ButtonStyle style = ButtonStyle.Primary)
    {
        if (customId.Length is 0 or > DiscordLimits.CustomId)
        {
            throw new ArgumentException($"A custom_id must be 1 to {DiscordLimits.CustomId} characters.", nameof(customId));
        }

        return new Button(style, DiscordText.Truncate(label, DiscordLimits.ButtonLabel), customId, null);
    }
}
