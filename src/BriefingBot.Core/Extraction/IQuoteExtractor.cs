using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Extraction;

/// <summary>Finds the quotes of an English news article and attributes each to its speaker.</summary>
public interface IQuoteExtractor
{
    ExtractionResult Extract(ArticleText article, ISpeakerLookup? knownSpeakers = null);
}
