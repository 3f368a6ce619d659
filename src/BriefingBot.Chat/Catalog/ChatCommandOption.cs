namespace BriefingBot.Chat.Catalog;

/// <summary>
/// A command option: Discord shows it as a slash-command option; text platforms read it from the arguments in order (the
/// last option takes the rest of the text). <see cref="Missing"/> is the reply when a required one is absent or unreadable.
/// </summary>
public sealed record ChatCommandOption(string Name, string Description, bool Required, int MaxLength)
{
    public ChatOptionType Type { get; init; } = ChatOptionType.Text;

    /// <summary>The <see cref="IAutocompleteSource.Name"/> that suggests values while the user types; null for none.</summary>
    public string? AutocompleteSource { get; init; }

    /// <summary>The reply when the option is required and missing, or not of its type.</summary>
    public string? Missing { get; init; }
}
