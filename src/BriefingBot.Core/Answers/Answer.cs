using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Answers;

/// <summary>The reply to a question: cited quotes, article summaries, and a plain message when there is nothing to cite.</summary>
public sealed record Answer(
    string Question,
    IReadOnlyList<string> Speakers,
    string Topic,
    IReadOnlyList<CitedQuote> Quotes,
    IReadOnlyList<ArticleSummary> Summaries,
    int TotalQuotes,
    int Offset,
    string? Message,
    IReadOnlyList<string> Suggestions)
{
    public bool IsEmpty => Quotes.Count == 0 && Summaries.Count == 0;

    public bool HasMore => Offset + Quotes.Count < TotalQuotes;
}

/// <summary>A quote as an answer shows it: the words, who said them (and as what), and where.</summary>
public sealed record CitedQuote(
    int QuoteId,
    string Text,
    QuoteKind Kind,
    string? Speaker,
    string? SpeakerRole,
    double Confidence,
    string Context,
    Citation Citation)
{
    /// <summary>Other articles that carry the same words (near-identical quotes are shown once).</summary>
    public IReadOnlyList<Citation> AlsoIn { get; init; } = [];
}

/// <summary>Where a quote or summary comes from.</summary>
public sealed record Citation(int ArticleId, string Title, string? Outlet, DateTimeOffset? PublishedAt, string? Url);

/// <summary>An article's summary (or its opening when it has none) in a briefing.</summary>
public sealed record ArticleSummary(string Text, bool IsLead, Citation Citation);
