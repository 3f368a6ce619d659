using System.Globalization;
using System.Text;

namespace BriefingBot.Discord.Messages;

/// <summary>Text helpers for Discord: trimming to a limit without splitting a character, and escaping markdown.</summary>
public static class DiscordText
{
    public const string Ellipsis = "…";

    /// <summary>
    /// <paramref name="text"/> trimmed of edge whitespace (Discord counts after trimming) and, when longer than
    /// <paramref name="max"/>, cut at a word boundary where one is near, never inside a surrogate pair, ending in "…".
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        text = text.Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        if (cut > 0 && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        var space = text.LastIndexOf(' ', Math.Max(cut - 1, 0));
        if (space > cut * 3 / 4)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>Escapes Discord markdown so user and article text shows as written.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '[' or ']' or '(' or ')' or '#' or '<')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A markdown link when the URL is http(s), otherwise the escaped label alone.</summary>
    public static string Link(string label, string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return Escape(label);
        }

        var target = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"[{Escape(label)}]({target})");
    }
}
