using System.Text;

namespace BriefingBot.Telegram.Rendering;

/// <summary>Escaping for Telegram's HTML parse mode: only &amp;, &lt;, &gt; and &quot; are special; links only to http(s).</summary>
public static class TelegramHtml
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A link to an absolute http(s) URL, or the escaped text alone when the URL is anything else.</summary>
    public static string Link(string text, string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{Escape(uri.AbsoluteUri)}\">{Escape(text)}</a>"
            : Escape(text);
}
