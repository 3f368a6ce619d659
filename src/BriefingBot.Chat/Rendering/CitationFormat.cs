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
}
