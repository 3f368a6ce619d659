using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Extraction;

/// <summary>The quotes of one article and what the article taught about its speakers.</summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedQuote> Quotes, IReadOnlyList<SpeakerFact> Speakers);
