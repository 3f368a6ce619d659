using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

public sealed class QuoteFindingTests
{
    private static ExtractionResult Run(string body, string title = "Local news") => new QuoteExtractor().Extract(new ArticleText(title, body));

    [Fact]
    public void CurlyQuote_TextAndOffsetsAreVerbatimWithoutMarks()
    {
        var body = "“We will not back down,” said Mayor Ana Ortiz.";
        var q = Run(body).Quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("We will not back down,");
        body.Substring(q.Start, q.Length).ShouldBe(q.Text);
        q.InHeadline.ShouldBeFalse();
    }

    [Fact]
    public void StraightAndGuillemetQuotes_ArePaired()
    {
        var quotes = Run("\"The budget is balanced at last,\" the mayor said.\n\n«We expect more rain this week than ever,» said Tom Reyes.").Quotes;
        quotes.Select(q => q.Text).ShouldBe(["The budget is balanced at last,", "We expect more rain this week than ever,"]);
    }

    [Fact]
    public void SingleQuotes_ApostrophesDoNotOpenOrCloseQuotes()
    {
        var q = Run("Ortiz’s aide said the city’s plan was fine. ‘We don’t need the governor’s money for this,’ Ortiz said.").Quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("We don’t need the governor’s money for this,");
    }

    [Fact]
    public void MissingCloser_DoesNotSwallowTheNextParagraph()
    {
        var quotes = Run("Tom Reyes said: “The bridge will open in May.\n\nThe council met on Tuesday and approved the budget for roads.").Quotes;
        quotes.ShouldHaveSingleItem().Text.ShouldBe("The bridge will open in May.");
    }

    [Fact]
    public void StrayCloserAtParagraphStart_IsNotAQuoteWithASpeaker()
    {
        var quotes = Run("“We are ready for the storm,” said Ana Ortiz.\n\n” Storm season begins in the city “\n\nThe weather service issued a warning.").Quotes;
        quotes.Count(q => q.Speaker is not null).ShouldBe(1);
    }

    [Fact]
    public void ScareQuotesAndNames_AreNotSpeechWithASpeaker()
    {
        var quotes = Run("Ana Ortiz said the so-called “reform plan” would be debated, and the “Morning Herald” agreed.").Quotes;
        quotes.ShouldAllBe(q => q.Speaker == null && q.Kind != QuoteKind.Full);
    }

    [Fact]
    public void PartialQuote_InWritersSentence_IsPartial()
    {
        var q = Run("Tom Reyes said the city is ready to “cut all ties” with the contractor.").Quotes.ShouldHaveSingleItem();
        q.Kind.ShouldBe(QuoteKind.Partial);
    }

    [Fact]
    public void FullSentenceQuote_IsFull_WithContextSentence()
    {
        var q = Run("The vote was close. “Nobody expected the council to agree so quickly,” Tom Reyes said. Then he left.").Quotes.ShouldHaveSingleItem();
        q.Kind.ShouldBe(QuoteKind.Full);
        q.Context.ShouldBe("“Nobody expected the council to agree so quickly,” Tom Reyes said.");
    }

    [Fact]
    public void HeadlineQuote_IsInHeadline_WithTitleOffsets()
    {
        var title = "‘We will rebuild every road,’ Ortiz tells residents";
        var q = new QuoteExtractor().Extract(new ArticleText(title, "Mayor Ana Ortiz spoke on Monday.")).Quotes.ShouldHaveSingleItem();
        q.InHeadline.ShouldBeTrue();
        title.Substring(q.Start, q.Length).ShouldBe("We will rebuild every road,");
        q.Speaker.ShouldBe("Ana Ortiz");
        q.Attribution.ShouldBe(AttributionKind.Headline);
    }

    [Fact]
    public void DoubledApostrophes_ArePairedAsDoubleQuotes()
    {
        var q = Run("''The plan is sound and it will pass,'' said Alan Cole, an economist at the institute.").Quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("The plan is sound and it will pass,");
        q.Speaker.ShouldBe("Alan Cole");
    }

    [Fact]
    public void DoubledApostrophes_CloseTogetherWithANestedSingleQuote()
    {
        var q = Run("''Every skipper told me the same thing: 'Keep the harbour open,''' said Alan Cole, an economist at the institute.").Quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("Every skipper told me the same thing: 'Keep the harbour open,'");
        q.Speaker.ShouldBe("Alan Cole");
    }

    [Fact]
    public void A_full_stop_inside_a_nested_quote_ends_the_sentence()
    {
        var quotes = Run("Mr. Cole mocked the plan, saying, ''The answer is not to shout, 'Ferries good, bridges bad.''' But Mr. Reyes, again, did not respond.").Quotes;
        quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Cole");
    }
}
