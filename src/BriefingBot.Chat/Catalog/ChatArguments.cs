using System.Globalization;

namespace BriefingBot.Chat.Catalog;

/// <summary>A command's arguments, bound to its declared options and validated: trimmed, within length, numbers readable.</summary>
public sealed class ChatArguments(IReadOnlyDictionary<string, string> values)
{
    public static ChatArguments None { get; } = new(new Dictionary<string, string>());

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? this[string option] => values.GetValueOrDefault(option);

    /// <summary>The option's value, or "" when it was not given.</summary>
    public string Text(string option) => values.GetValueOrDefault(option) ?? "";

    /// <summary>A <see cref="ChatOptionType.Number"/> option's value (validated by the binder), or null when it was not given.</summary>
    public int? Number(string option) =>
        values.TryGetValue(option, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
