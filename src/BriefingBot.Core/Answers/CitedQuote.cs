using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Answers;

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
