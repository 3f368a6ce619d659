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

    /// <summary>
    /// The sentence the quote stands in, when it says more than the quote itself ("He does not need it" needs its "who"),
    /// cut to a readable length; null when it adds nothing.
    /// </summary>
    public static string? Context(string text, string? context)
    {
        var sentence = (context ?? "").Trim();
        if (sentence.Length == 0 || sentence.Length <= text.Trim().Length + 3)
        {
            return null;
        }

        if (sentence.Length <= MaxContext)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', MaxContext);
        return sentence[..(cut > 0 ? cut : MaxContext)] + "…";
    }
}
