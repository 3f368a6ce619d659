namespace BriefingBot.Core.Ingestion;

/// <summary>Turns the lines of any input format into a ParsedArticle: metadata out, junk out, title out, paragraphs joined.</summary>
internal static class ArticleAssembler
{
    /// <param name="joinBlockLines">Markdown: the lines of one block are one paragraph. Plain text: each line is one unless it plainly continues the previous.</param>
    /// <param name="known">Title and metadata the input's markup already gave (HTML, a markdown heading); they win over what the text says.</param>
    public static ParsedArticle Assemble(IReadOnlyList<SourceLine> lines, bool joinBlockLines, string? knownTitle, ArticleMetadata? known)
    {
        // Markup can still spell control characters as entities (&#27;): they go here, after decoding.
        lines = lines.Select(l => l with { Text = ControlCharacters.Strip(l.Text) }).Where(l => l.Text.Length > 0).ToList();
        knownTitle = knownTitle is null ? null : ControlCharacters.Strip(knownTitle);
        known = known is null ? null : known with
        {
            Url = Clean(known.Url),
            Outlet = Clean(known.Outlet),
            Author = Clean(known.Author),
        };
        var (found, metadataLines) = ArticleMetadataReader.Read(lines);
        var junkLines = PageJunkFilter.JunkLines(lines);
        var kept = lines.Where((_, i) => !metadataLines.Contains(i) && !junkLines.Contains(i)).ToList();

        var (title, titleLines) = TitleFinder.Find(kept, knownTitle, known?.Url ?? found.Url);
        var bodyLines = kept.Where((_, i) => !titleLines.Contains(i)).ToList();
        var body = string.Join("\n\n", Paragraphs(bodyLines, joinBlockLines));
        if (body.Length == 0)
        {
            throw new IngestException("No article text is left after removing page clutter.");
        }

        if (title.Length == 0)
        {
            title = TitleFinder.FirstSentence(body.Split("\n\n").FirstOrDefault(p => !TitleFinder.IsPageChrome(p)) ?? body);
        }

        return new ParsedArticle(
            title,
            body,
            known?.Url ?? found.Url,
            known?.Outlet ?? found.Outlet,
            known?.Author ?? found.Author,
            known?.PublishedAt ?? found.PublishedAt);
    }

    private static string? Clean(string? text) => text is null ? null : ControlCharacters.Strip(text);

    private static List<string> Paragraphs(List<SourceLine> lines, bool joinBlockLines)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var sameBlock = i > 0 && lines[i].Block == lines[i - 1].Block;
            if (sameBlock && (joinBlockLines || Continues(paragraphs[^1], lines[i].Text)))
            {
                paragraphs[^1] += " " + lines[i].Text;
            }
            else
            {
                paragraphs.Add(lines[i].Text);
            }
        }

        return paragraphs;
    }

    // Hard-wrapped plain text: the previous line stops mid-sentence and this one carries on in lower case.
    private static bool Continues(string previous, string line) =>
        !".!?:;\"”’)]…–—".Contains(previous[^1], StringComparison.Ordinal) && char.IsLower(line[0]);
}
