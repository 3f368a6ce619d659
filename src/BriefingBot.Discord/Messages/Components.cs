using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Messages;

/// <summary>Component types (developers/components/reference) the bot sends.</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
}

/// <summary>Button styles: primary and secondary carry a custom_id, link carries a url.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Link = 5,
}

/// <summary>A row of up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A JSON field: the serializer writes instance properties.")]
    public ComponentType Type => ComponentType.ActionRow;
}

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
