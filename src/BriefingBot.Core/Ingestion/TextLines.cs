namespace BriefingBot.Core.Ingestion;

/// <summary>Splits plain text into normalised non-empty lines, numbering the blank-line-separated blocks.</summary>
internal static class TextLines
{
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var block = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Whitespace.Collapse(raw);
            if (line.Length == 0)
            {
                block++;
                continue;
            }

            lines.Add(new SourceLine(line, block));
        }

        return lines;
    }
}
