using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Which lines of a body read as section headings (no discourse: their capitals name nobody).</summary>
public sealed class HeadingTests
{
    private static Paragraph Line(string text)
    {
        var quotes = QuoteSpanFinder.Find(text, 0, text.Length, false, out var open);
        return new Paragraph(1, text, 0, text.Length, false, quotes, Tokenizer.Tokenize(text, 0, text.Length, quotes), open);
    }

    [Theory]
    [InlineData("Overstating Harbourside's debt")]
    [InlineData("What comes next")]
    [InlineData("Harbour Board Weighs Ferry Plan")]
    public void A_short_line_without_a_stop_is_a_heading(string line) => Line(line).LooksLikeHeading.ShouldBeTrue();

    [Theory]
    [InlineData("The mayor also claimed the pier was unsafe.")]
    [InlineData("And from the harbour master:")]
    [InlineData("The ferry will run all winter, the board said, though the pier needs work and the budget is short of what the crews")]
    public void A_sentence_or_a_lead_in_is_no_heading(string line) => Line(line).LooksLikeHeading.ShouldBeFalse();
}
