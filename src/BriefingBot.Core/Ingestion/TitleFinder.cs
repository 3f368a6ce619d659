using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Picks the headline from the top of an article and says which top lines (headline copies, breadcrumbs) to drop.</summary>
internal static partial class TitleFinder
{
    // Words of the page around an article that are never its headline.
    private static readonly HashSet<string> PageChrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "accessibility links", "skip to content", "skip to main content", "breaking news", "all news", "latest news", "news",
        "article content", "article continued below", "continue reading", "read more", "advertisement", "share", "share this",
        "share this article", "menu", "home", "search", "subscribe", "sign in", "log in", "related", "related articles",
        "top stories", "trending", "most read", "comments", "print", "email", "close",
    };

    // The fewest words a headline made from the link's last path segment has.
    private const int MinSlugWords = 3;

    // Headlines sit at the top; a repeated line further down is quoted text, not a headline.
    private const int TopLines = 8;
    private const int MaxHeadlineLength = 200;
    private const int MaxHeadlineWords = 30;
    private const int MaxFallbackLength = 120;

    /// <param name="url">The article's address: without a headline line, the words of its last path segment are one.</param>
    public static (string Title, IReadOnlySet<int> TitleLines) Find(IReadOnlyList<SourceLine> lines, string? knownTitle, string? url = null)
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

        // Page chrome and photo captions above the first line of the article are not it.
        var first = 0;
        while (first < top && IsPageChrome(lines[first].Text))
        {
            first++;
        }

        if (first < lines.Count && IsHeadline(lines[first].Text))
        {
            return (lines[first].Text, Copies(lines, top, lines[first].Text));
        }

        if (FromAddress(url, lines) is { } fromAddress)
        {
            return (fromAddress, new HashSet<int>());
        }

        return (FirstSentence(first < lines.Count ? lines[first].Text : ""), new HashSet<int>());
    }

    /// <summary>A navigation word, a photo caption or credit, a file name or a bare date stamp: never a headline.</summary>
    public static bool IsPageChrome(string line)
    {
        var text = line.Trim();
        return PageChrome.Contains(text.TrimEnd(':', '.', '!'))
            || text.Contains('©', StringComparison.Ordinal)
            || ChromeOpening().IsMatch(text)
            || PhotoCredit().IsMatch(text)
            || FileName().IsMatch(text);
    }

    // "russia-begins-slowing-down-twitter-12345" → "Russia begins slowing down Twitter": each word spelt as the article
    // spells it (lower case where the article ever writes it so).
    private static string? FromAddress(string? url, IReadOnlyList<SourceLine> lines)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        // The last segment of words ("/en/russia-bans-facebook/a-61203007"); ids and codes ("5v0ps0rxc") are not words.
        var words = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(s)).Split('-', '_')
                .Where(w => w.Length > 0 && w.Count(char.IsDigit) < 2).ToList())
            .LastOrDefault(w => w.Count >= MinSlugWords && w.All(x => x.All(char.IsLetterOrDigit)));
        if (words is null)
        {
            return null;
        }

        var text = string.Join(' ', lines.Take(TopLines * 4).Select(l => l.Text));
        var spelt = words.Select(w => SpeltAsInText(w, text)).ToList();
        spelt[0] = char.ToUpperInvariant(spelt[0][0]) + spelt[0][1..];
        return string.Join(' ', spelt);
    }

    private static string SpeltAsInText(string word, string text)
    {
        string? capitalised = null;
        foreach (Match m in Regex.Matches(text, @"\b" + Regex.Escape(word) + @"\b", RegexOptions.IgnoreCase))
        {
            if (m.Value.Equals(word.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return m.Value;
            }

            capitalised ??= m.Value;
        }

        return capitalised ?? word.ToLowerInvariant();
    }

    /// <summary>A short line that does not end like a sentence of running text.</summary>
    public static bool IsHeadline(string line) =>
        !IsPageChrome(line)
        && line.Length <= MaxHeadlineLength
        && Whitespace.WordCount(line) <= MaxHeadlineWords
        && !line.EndsWith('.') && !line.EndsWith(':') && !line.EndsWith(',');

    /// <summary>The first sentence, cut at a word boundary to about 120 characters.</summary>
    public static string FirstSentence(string text)
    {
        // "OTTAWA — …", "INGLEWOOD, Calif. -- …": where the story was filed is no part of its title.
        text = Dateline().Replace(text, "");
        var end = -1;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (".!?".Contains(text[i], StringComparison.Ordinal) && text[i + 1] == ' ' && i + 2 < text.Length && char.IsUpper(text[i + 2])
                && !(text[i] == '.' && EndsWithAbbreviation(text[..i])))
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

    // "St.", "Dr.", "N.B.", "U.S." do not end a sentence.
    private static bool EndsWithAbbreviation(string before)
    {
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return Abbreviations.Contains(word) || (word.Length <= 3 && word.Length > 0 && char.IsUpper(word[^1]) && word.Replace(".", "").All(char.IsUpper));
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Rev", "Sen", "Rep", "Gov", "Jr", "Sr", "No", "Mt", "Ft", "Inc", "Co", "Corp", "vs",
    };

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

    // "Open this photo in gallery …", "Photo: …", "Image credit …", "date 2021-03 …".
    [GeneratedRegex(@"^(?:open\s+this\s+photo\b|photo\s*(?:credit)?\s*:|image\s*(?:credit)?\s*:|file\s+photo\b|\(?photo\s+by\b|date\s+\d{4}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeOpening();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?\s*(?:--|—|–)\s*")]
    private static partial Regex Dateline();

    // A caption ending in its photographer's or agency's credit: "… MIKHAIL SMITH/TASS VIA GETTY IMAGES".
    [GeneratedRegex(@"(?:getty\s+images|shutterstock|ap\s+photo|/\s*(?:afp|reuters|tass|ap))\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^[\w\-. ]{1,80}\.(?:jpe?g|png|gif|webp|svg|pdf|html?|txt)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    private static bool SameOrEndsWith(string line, string title) =>
        line.Equals(title, StringComparison.OrdinalIgnoreCase)
        || line.EndsWith(" " + title, StringComparison.OrdinalIgnoreCase);
}
