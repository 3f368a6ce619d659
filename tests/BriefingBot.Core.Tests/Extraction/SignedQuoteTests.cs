namespace BriefingBot.Core.Tests.Extraction;

/// <summary>A paragraph of quote signed on the line below it with a dash and a name.</summary>
public sealed class SignedQuoteTests
{
    [Fact]
    public void A_dash_and_a_name_on_the_next_line_sign_the_quote()
    {
        var r = Extract.From("The claims we checked this week:\n\n“The ferry has never been this late in forty years.”\n\n- Ann Lee.\n\nThe timetables say otherwise.");
        Extract.Quote(r, "The ferry has never").Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_signature_with_a_title_and_a_description_signs_the_quote()
    {
        var r = Extract.From("Overheard.\n\n“Great crossing. The crew never quits.”\n\n—Mayor Tom Reyes, posting after the trip.");
        Extract.Quote(r, "Great crossing").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_dash_before_a_description_signs_nothing()
    {
        var r = Extract.From("Overheard.\n\n“Great crossing. The crew never quits.”\n\n– A passenger on the late boat –.");
        Extract.Quote(r, "Great crossing").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_signature_leaves_an_attributed_quote_alone()
    {
        var r = Extract.From("Tom Reyes spoke first.\n\n“The pier is falling apart,” Reyes said.\n\n- Ann Lee.");
        Extract.Quote(r, "The pier").Speaker.ShouldBe("Tom Reyes");
    }
}
