using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Interactions;

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
