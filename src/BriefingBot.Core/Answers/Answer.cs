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
