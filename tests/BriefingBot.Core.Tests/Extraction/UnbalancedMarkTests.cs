using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Quote marks that copy from a web page left unbalanced: a lost closer must not turn narrative into a quote.</summary>
public sealed class UnbalancedMarkTests
{
    private static ExtractionResult Run(string body) => new QuoteExtractor().Extract(new ArticleText("Harbour news", body));

    [Fact]
    public void A_straight_mark_that_opens_a_word_drops_an_earlier_opener_that_lost_its_closer()
    {
        var quotes = Run("Defending the fee, he said, \"Councillor Ann Lee added that other ports should take note, warning that \"this will wake up every harbour on the coast.\"").Quotes;
        var q = quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("this will wake up every harbour on the coast.");
        q.Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void An_opener_without_a_closer_ends_at_a_single_closer_glued_to_its_comma()
    {
        var quotes = Run("“We have paused the night ferries while the storm lasts, as the sign at the pier says ‘closed until further notice,’ a port spokesperson said in a statement. \"We will reopen as soon as the wind drops.”").Quotes;
        quotes.Count.ShouldBe(2);
        quotes[0].Text.ShouldStartWith("We have paused the night ferries");
        quotes[0].Text.ShouldNotContain("spokesperson");
        quotes[1].Text.ShouldBe("We will reopen as soon as the wind drops.");
    }

    [Fact]
    public void Two_single_closers_close_a_double_opener()
    {
        var q = Run("“We sell only what local artists draw,’’ says Rosa Lind, who opened the shop in 2009.").Quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("We sell only what local artists draw,");
        q.Speaker.ShouldBe("Rosa Lind");
    }
}
