using System.Text;

namespace BriefingBot.Core.Ingestion;

/// <summary>Whitespace normalisation that keeps every other character verbatim.</summary>
internal static class Whitespace
{
    /// <summary>Collapses each run of whitespace (including no-break spaces) to one space and trims the ends.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
