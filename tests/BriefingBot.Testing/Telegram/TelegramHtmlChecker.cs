using System.Net;
using System.Text;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Checks text the way the Bot API's HTML parse mode reads it: only Telegram's tags, properly nested, and no bare
/// &lt;, &gt; or &amp;. Returns the error Telegram would give, or null, and the visible length.
/// </summary>
public static class TelegramHtmlChecker
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"];

    public static string? Check(string html, out int visibleLength)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        visibleLength = 0;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return $"Bad Request: can't parse entities: Unclosed start tag at byte offset {i}";
                }

                var tag = html[(i + 1)..end];
                var closing = tag.StartsWith('/');
                var name = (closing ? tag[1..] : tag).Split(' ', 2)[0].ToLowerInvariant();
                if (!Tags.Contains(name))
                {
                    return $"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {i}";
                }

                if (closing)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        return $"Bad Request: can't parse entities: Unmatched end tag at byte offset {i}, expected \"</{(open.Count > 0 ? open.Peek() : "")}>\"";
                    }
                }
                else
                {
                    if (name == "a" && !tag.Contains("href=\"", StringComparison.Ordinal))
                    {
                        return "Bad Request: can't parse entities: a without href";
                    }

                    open.Push(name);
                }

                i = end;
            }
            else if (c == '>')
            {
                return $"Bad Request: can't parse entities: Unexpected end tag at byte offset {i}";
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                var entity = end < 0 ? "" : html[i..(end + 1)];
                if (entity is not ("&lt;" or "&gt;" or "&amp;" or "&quot;") && !(entity.StartsWith("&#", StringComparison.Ordinal) && entity.Length > 3))
                {
                    return $"Bad Request: can't parse entities: Character entity expected at byte offset {i}";
                }

                visible.Append(WebUtility.HtmlDecode(entity));
                i = end;
            }
            else
            {
                visible.Append(c);
            }
        }

        if (open.Count > 0)
        {
            return $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek()}\"";
        }

        visibleLength = visible.Length;
        return null;
    }
}
