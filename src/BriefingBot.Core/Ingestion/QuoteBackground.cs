using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Ingestion;

/// <summary>Says what a quote is about beyond its own words: the headline and the paragraph that leads into it.</summary>
/// <remarks>"“He does not need it,” Peskov said." is about Putin's social media accounts only through the paragraph before it.</remarks>
public static class QuoteBackground
{
    private const int MaxLength = 600;

    public static string For(ExtractedQuote quote, string title, string body)
    {
        if (quote.InHeadline)
        {
            return "";
        }

        var paragraphStart = body.LastIndexOf("\n\n", Math.Clamp(quote.Start, 0, body.Length), StringComparison.Ordinal);
        if (paragraphStart <= 0)
        {
            return Cut(title);
        }

        var previousStart = body.LastIndexOf("\n\n", paragraphStart - 1, StringComparison.Ordinal);
        previousStart = previousStart < 0 ? 0 : previousStart + 2;
        var previous = body[previousStart..paragraphStart].Trim();
        return Cut(title + " " + previous);
    }

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..MaxLength];
}
