using System.Globalization;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;

namespace BriefingBot.Chat.Rendering;

/// <summary>Plain-text pieces every renderer shares: dates, sources, speakers, quoted text.</summary>
public static class CitationFormat
{
    public static string Date(DateTimeOffset? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>"Title · Outlet · 30 Mar 2021".</summary>
    public static string Source(Citation citation) =>
        string.Join(" · ", new[] { citation.Title, citation.Outlet, Date(citation.PublishedAt) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>"Outlet, 30 Mar 2021": the short form a link carries.</summary>
    public static string OutletAndDate(Citation citation) =>
        string.Join(", ", new[] { citation.Outlet, Date(citation.PublishedAt) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The quote as shown: direct speech in quotation marks, reported speech as the writer's words.</summary>
    public static string Quoted(string text, QuoteKind kind) =>
        kind == QuoteKind.Reported ? $"(reported) {text.Trim()}" : $"“{text.Trim()}”";

    /// <summary>"Dmitry Peskov, Kremlin spokesman", or a plain note when the speaker is unsure.</summary>
    public static string Speaker(string? speaker, string? role) =>
        speaker is null ? "speaker unsure" : string.IsNullOrWhiteSpace(role) ? speaker : $"{speaker}, {role}";

    // Longest context sentence shown under a quote; longer ones are cut at a word.
    private const int MaxContext = 280;

    // A context with fewer letters than this besides the quote ("“…,” he said.") says nothing worth a line.
    private const int MinContextLetters = 12;

    /// <summary>
    /// The sentence the quote stands in with the quote itself elided ("“…,” Peskov said in an interview."), when it says more
    /// than the quote ("He does not need it" needs its "who"), cut at a word to a readable length; null when it adds nothing.
    /// </summary>
    public static string? Context(string text, string? context)
    {
        var sentence = (context ?? "").Trim();
        var quote = text.Trim();
        var at = quote.Length == 0 ? -1 : sentence.IndexOf(quote, StringComparison.Ordinal);
        var rest = (at < 0 ? sentence : sentence[..at] + "…" + sentence[(at + quote.Length)..]).Trim();
        if (rest.Count(char.IsLetter) < MinContextLetters)
        {
            return null;
        }

        if (rest.Length <= MaxContext)
        {
            return rest;
        }

        var cut = rest.LastIndexOf(' ', MaxContext);
        return rest[..(cut > 0 ? cut : MaxContext)].TrimEnd() + "…";
    }
}
