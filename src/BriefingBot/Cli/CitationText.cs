using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;

namespace BriefingBot.Cli;

/// <summary>Plain-text renderings of quotes and citations for the terminal (the same wording the chat replies use).</summary>
public static class CitationText
{
    public static string Date(DateTimeOffset? date) => CitationFormat.Date(date);

    /// <summary>"Title · Outlet · 30 Mar 2021".</summary>
    public static string Source(Citation citation) => CitationFormat.Source(citation);

    /// <summary>The quote as shown: direct speech in quotation marks, reported speech as the writer's words.</summary>
    public static string Quoted(string text, QuoteKind kind) => CitationFormat.Quoted(text, kind);

    /// <summary>The sentence around a quote with the quote elided, or null when it says nothing more (as the chat shows it).</summary>
    public static string? Context(string quote, string context) => CitationFormat.Context(quote, context);

    /// <summary>"Dmitry Peskov, Kremlin spokesman", or a plain note when the speaker is unsure.</summary>
    public static string Speaker(string? speaker, string? role) => CitationFormat.Speaker(speaker, role);
}
