namespace BriefingBot.Core.Ingestion;

/// <summary>Picks the headline from the top of an article and says which top lines (headline copies, breadcrumbs) to drop.</summary>
internal static class TitleFinder
{
    // Headlines sit at the top; a repeated line further down is quoted text, not a headline.
    private const int TopLines = 8;
    private const int MaxHeadlineLength = 200;
    private const int MaxHeadlineWords = 30;
    private const int MaxFallbackLength = 120;

    public static (string Title, IReadOnlySet<int> TitleLines) Find(IReadOnlyList<SourceLine> lines, string? knownTitle)
    {
        var top = Math.Min(lines.Count, TopLines);
        if (!string.IsNullOrWhiteSpace(knownTitle))
        {
            var title = Whitespace.Collapse(knownTitle);
            return (title, Copies(lines, top, title));
        }

        // A headline printed twice, or once inside a breadcrumb ("Home Politics <headline>"), is the title;
        // headline-like lines above it are page chrome.
        for (var j = 1; j < top; j++)
        {
            var candidate = lines[j].Text;
            if (!IsHeadline(candidate))
            {
                continue;
            }

            for (var i = 0; i < j; i++)
            {
                if (SameOrEndsWith(lines[i].Text, candidate))
                {
                    var drop = Copies(lines, top, candidate);
                    for (var k = 0; k < j; k++)
                    {
                        if (IsHeadline(lines[k].Text))
                        {
                            drop.Add(k);
                        }
                    }

                    return (candidate, drop);
                }
            }
        }

        if (lines.Count > 0 && IsHeadline(lines[0].Text))
        {
            return (lines[0].Text, Copies(lines, top, lines[0].Text));
        }

        return (FirstSentence(lines.Count > 0 ? lines[0].Text : ""), new HashSet<int>());
    }

    /// <summary>A short line that does not end like a sentence of running text.</summary>
    public static bool IsHeadline(string line) =>
        line.Length <= MaxHeadlineLength
        && Whitespace.WordCount(line) <= MaxHeadlineWords
        && !line.EndsWith('.') && !line.EndsWith(':') && !line.EndsWith(',');

    /// <summary>The first sentence, cut at a word boundary to about 120 characters.</summary>
    public static string FirstSentence(string text)
    {
        var end = -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (".!?".Contains(text[i], StringComparison.Ordinal) && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2]))
            {
                end = i + 1;
                break;
            }
        }

        var sentence = end > 0 ? text[..end] : text;
        if (sentence.Length <= MaxFallbackLength)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxFallbackLength);
        return (cut > 0 ? sentence[..cut] : sentence[..MaxFallbackLength]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static HashSet<int> Copies(IReadOnlyList<SourceLine> lines, int top, string title)
    {
        var copies = new HashSet<int>();
        for (var i = 0; i < top; i++)
        {
            if (SameOrEndsWith(lines[i].Text, title) && IsHeadline(lines[i].Text))
            {
                copies.Add(i);
            }
        }

        return copies;
    }

    private static bool SameOrEndsWith(string line, string title) =>
        line.Equals(title, StringComparison.OrdinalIgnoreCase)
        || line.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase);
}
