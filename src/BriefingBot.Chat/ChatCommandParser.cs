namespace BriefingBot.Chat;

/// <summary>Reads "/command[@bot] args" from message text. Names are ASCII letters, digits and underscores, at most 32 long.</summary>
public static class ChatCommandParser
{
    public const int MaxNameLength = 32;

    /// <summary>The command in <paramref name="text"/>, or null when the text is not a command.</summary>
    public static ParsedCommand? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/')
        {
            return null;
        }

        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var head = text[1..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? head : head[..at];
        var addressed = at < 0 ? null : head[(at + 1)..];
        if (name.Length is 0 or > MaxNameLength || !name.All(IsNameChar))
        {
            return null;
        }

        return new ParsedCommand(name.ToLowerInvariant(), text[end..].Trim(), string.IsNullOrEmpty(addressed) ? null : addressed);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
