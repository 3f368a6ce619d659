using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Strips Markdown markup line by line, keeping the words verbatim.</summary>
internal static partial class MarkdownStripper
{
    private const int MaxCreditWords = 6;

    public static MarkdownText Strip(string markdown)
    {
        string? heading = null;
        var lines = new List<SourceLine>();
        var block = 0;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || Fence().IsMatch(line) || Rule().IsMatch(line) || ReferenceDefinition().IsMatch(line) || IsCreditedCaption(line))
            {
                block++;
                continue;
            }

            var headingMatch = Heading().Match(line);
            var startsOwnBlock = headingMatch.Success || ListMarker().IsMatch(line);
            if (headingMatch.Success)
            {
                line = headingMatch.Groups["text"].Value;
            }

            line = Whitespace.Collapse(Inline(ListMarker().Replace(Quote().Replace(line, ""), "")));
            if (line.Length == 0)
            {
                block++;
                continue;
            }

            if (headingMatch.Success && headingMatch.Groups["level"].Value.Length == 1 && heading is null)
            {
                heading = line;
                block++;
                continue;
            }

            if (startsOwnBlock)
            {
                block++;
            }

            lines.Add(new SourceLine(line, block));
            if (startsOwnBlock)
            {
                block++;
            }
        }

        return new MarkdownText(heading, lines);
    }

    /// <summary>True when "plain" text carries Markdown (scrapers often save pages as Markdown in .txt files): two kinds of markup or more.</summary>
    public static bool LooksLikeMarkdown(string text)
    {
        Regex[] signals = [HeadingLine(), Link(), AutoLink(), Strong()];
        return signals.Count(signal => signal.IsMatch(text)) >= 2;
    }

    /// <summary>Inline markup to text: images dropped, links and autolinks to their text, emphasis and code marks removed.</summary>
    public static string Inline(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "${text}");
        line = ReferenceLink().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = Strong().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        line = Code().Replace(line, "${text}");
        return Escape().Replace(line, "${c}");
    }

    // "Caption sentence. **PA Images / TASS**": a photo caption followed by its bold credit.
    private static bool IsCreditedCaption(string line)
    {
        var match = CreditedCaption().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var words = match.Groups["credit"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxCreditWords && words.All(w => w == "/" || char.IsUpper(w[0]));
    }

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^#{1,6}\s+\S", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?:```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\[[^\]]+\]:\s+\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"(?<mark>\*\*|__)(?<text>\S(?:.*?\S)?)\k<mark>")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<!\w)(?<mark>[*_])(?<text>\S(?:[^*_]*?\S)?)\k<mark>(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`(?<text>[^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^.*[.!?”""]\s*\*\*(?<credit>[^*]{1,60})\*\*$")]
    private static partial Regex CreditedCaption();
}
