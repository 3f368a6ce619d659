using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Extraction;

/// <summary>A quote found in an article, with the speaker attribution worked out for it.</summary>
/// <param name="Text">The quote verbatim, without its quotation marks: Body.Substring(Start, Length) (or Title's when InHeadline).</param>
/// <param name="Speaker">The speaker's fullest name the article (or the directory) gives, or null when unsure.</param>
/// <param name="SpeakerRole">What the article calls the speaker ("Kremlin spokesman"), if anything.</param>
/// <param name="Context">The sentence (or paragraph) the quote stands in.</param>
/// <param name="SpeakerKind">A named person or organisation, or a description ("a ministry official") when the article names nobody.</param>
public sealed record ExtractedQuote(
    string Text,
    int Start,
    int Length,
    bool InHeadline,
    QuoteKind Kind,
    string? Speaker,
    string? SpeakerRole,
    AttributionKind Attribution,
    double Confidence,
    string Context,
    SpeakerKind SpeakerKind = SpeakerKind.Unknown);
