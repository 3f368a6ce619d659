using System.Text;
using BriefingBot.Chat;
using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Answers;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Renders a platform-neutral reply as Telegram HTML: every user- and article-supplied string escaped, quotes in
/// &lt;blockquote&gt;, citations linked; split on block (paragraph) boundaries so no message passes the limit.
/// </summary>
public sealed class TelegramMessageRenderer(int limit = TelegramMessageRenderer.MaxLength)
{
    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxLength = 4096;

    private const string Separator = "\n\n";

    public IReadOnlyList<TelegramMessage> Render(ChatReply reply)
    {
        var parts = reply.Blocks
            .SelectMany(b => Fit(Html(b), PlainTextRenderer.Paragraph(b)))
            .Where(p => p.Plain.Length > 0)
            .ToList();
        var messages = new List<TelegramMessage>();
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var (h, p) in parts)
        {
            if (html.Length > 0 && (html.Length + Separator.Length + h.Length > limit || plain.Length + Separator.Length + p.Length > limit))
            {
                messages.Add(new TelegramMessage(html.ToString(), plain.ToString(), []));
                html.Clear();
                plain.Clear();
            }

            if (html.Length > 0)
            {
                html.Append(Separator);
                plain.Append(Separator);
            }

            html.Append(h);
            plain.Append(p);
        }

        if (html.Length > 0)
        {
            messages.Add(new TelegramMessage(html.ToString(), plain.ToString(), []));
        }

        if (messages.Count > 0 && reply.Buttons.Count > 0)
        {
            messages[^1] = messages[^1] with { Buttons = reply.Buttons };
        }

        return messages;
    }

    /// <summary>One block as Telegram HTML.</summary>
    public static string Html(ReplyBlock block) => block switch
    {
        TextBlock { Role: TextRole.Heading } t => $"<b>{TelegramHtml.Escape(t.Text)}</b>",
        TextBlock { Role: TextRole.Note } t => $"<i>{TelegramHtml.Escape(t.Text)}</i>",
        TextBlock t => TelegramHtml.Escape(t.Text),
        ExcerptBlock e => $"<blockquote>{TelegramHtml.Escape(CitationFormat.Quoted(e.Text, e.Kind))}</blockquote>\n"
                          + $"— {TelegramHtml.Escape(CitationFormat.Speaker(e.Speaker, e.SpeakerRole))}\n"
                          + (CitationFormat.Context(e.Text, e.Context) is { } context ? $"<i>Context: {TelegramHtml.Escape(context)}</i>\n" : "")
                          + Cite(e.Citation),
        SummaryBlock s => $"{TelegramHtml.Escape(s.Text)}\n{Cite(s.Citation)}",
        ItemBlock i => $"<b>{TelegramHtml.Link(i.Label, i.Url)}</b>" + (string.IsNullOrWhiteSpace(i.Detail) ? "" : $" — {TelegramHtml.Escape(i.Detail)}"),
        _ => "",
    };

    // "Outlet, 1 Mar 2024" linked to the article, then its title.
    private static string Cite(Citation citation) =>
        $"{TelegramHtml.Link(CitationFormat.OutletAndDate(citation), citation.Url)} · <i>{TelegramHtml.Escape(citation.Title)}</i>";

    // A block too long for one message is sent as plain pieces split on line or word boundaries (markup cannot be cut).
    private IEnumerable<(string Html, string Plain)> Fit(string html, string plain)
    {
        if (html.Length <= limit && plain.Length <= limit)
        {
            yield return (html, plain);
            yield break;
        }

        foreach (var piece in Split(plain))
        {
            yield return (TelegramHtml.Escape(piece), piece);
        }
    }

    // Pieces whose escaped form fits the limit: cut at the last newline, else the last space, else hard.
    private IEnumerable<string> Split(string text)
    {
        var rest = text.AsMemory();
        while (rest.Length > 0)
        {
            if (TelegramHtml.Escape(rest.ToString()).Length <= limit)
            {
                yield return rest.ToString();
                yield break;
            }

            var window = rest.Span[..FitCount(rest.Span)];
            var cut = window.LastIndexOf('\n');
            if (cut < window.Length / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < window.Length / 2)
            {
                cut = window.Length;
                if (char.IsHighSurrogate(window[cut - 1]))
                {
                    cut--;
                }
            }

            yield return rest[..cut].ToString().TrimEnd();
            rest = rest[cut..].TrimStart();
        }
    }

    // How many characters of the text fit the limit once escaped.
    private int FitCount(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            length += text[i] switch { '&' => 5, '<' or '>' => 4, '"' => 6, _ => 1 };
            if (length > limit)
            {
                return i;
            }
        }

        return text.Length;
    }
}
