using BriefingBot.Core.Extraction;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Runs the extractor on a body written for a test, and picks a quote out of the result by its opening words.</summary>
internal static class Extract
{
    public static ExtractionResult From(string body, ISpeakerLookup? lookup = null) =>
        new QuoteExtractor().Extract(new ArticleText("Harbour plans", body), lookup);

    public static ExtractedQuote Quote(ExtractionResult result, string opening) =>
        result.Quotes.First(q => q.Text.StartsWith(opening, StringComparison.Ordinal));
}
