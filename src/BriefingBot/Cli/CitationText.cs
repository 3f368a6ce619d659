using System.Globalization;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;

namespace BriefingBot.Cli;

/// <summary>Plain-text renderings of quotes and citations for the terminal.</summary>
public static class CitationText
{
    public static string Date(DateTimeOffset? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>"Title · Outlet · 30 Mar 2021".</summary>
    public static string Source(Citation citation) =>
        string.Join(" · ", new[] { citation.Title, citation.Outlet, Date(citation.PublishedAt) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The quote as shown: direct speech in quotation marks, reported speech as the writer's words.</summary>
    public static string Quoted(string text, QuoteKind kind) =>
        kind == QuoteKind.Reported ? $"(reported) {text}" : $"“{text.Trim()}”";

    /// <summary>
    /// The sentence around a quote with the quote itself elided ("“…,” Peskov said in an interview."),
    /// or null when the sentence says nothing beyond the quote.
    /// </summary>
    public static string? Context(string quote, string context, int maxLength = 240)
    {
        var at = context.IndexOf(quote.Trim(), StringComparison.Ordinal);
        var rest = at < 0 ? context : context[..at] + "…" + context[(at + quote.Trim().Length)..];
        rest = rest.Trim();
        if (rest.Count(char.IsLetter) < 12)
        {
            return null;
        }

        return rest.Length <= maxLength ? rest : rest[..maxLength].TrimEnd() + "…";
    }

    /// <summary>"Dmitry Peskov, Kremlin spokesman", or a plain note when the speaker is unsure.</summary>
    public static string Speaker(string? speaker, string? role) =>
        speaker is null ? "speaker unsure" : string.IsNullOrWhiteSpace(role) ? speaker : $"{speaker}, {role}";
}
