using BriefingBot.Core.Articles;
using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Speakers the article describes without naming them: the description is the speaker, never a stranger.</summary>
public sealed class DescriptionSpeakerTests
{
    [Fact]
    public void An_unnamed_spokesperson_of_an_organisation_is_the_description()
    {
        var q = Extract.From("“The line will reopen on Monday,” a Harbour Transit spokesperson said.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("a Harbour Transit spokesperson");
        q.SpeakerKind.ShouldBe(SpeakerKind.Description);
    }

    [Fact]
    public void An_indefinite_description_is_not_the_holder_of_the_role_named_before()
    {
        var r = Extract.From("Ana Ortiz, the ferry company's spokeswoman, met the skippers on Monday.\n\n“The quay stays closed,” a city spokesperson said.");
        Extract.Quote(r, "The quay").Speaker.ShouldBe("a city spokesperson");
    }

    [Fact]
    public void The_official_refers_back_to_an_official_the_article_described()
    {
        var r = Extract.From("“The request is still under review,” a ministry official said.\n\nThe harbour board met on Tuesday.\n\n“Most requests are granted,” the official added.");
        Extract.Quote(r, "The request").Speaker.ShouldBe("a ministry official");
        Extract.Quote(r, "Most requests").Speaker.ShouldBe("a ministry official");
    }

    [Fact]
    public void A_description_with_an_apposition_before_the_verb_is_the_speaker()
    {
        var q = Extract.From("“This is an outrage and an insult to every fisherman,” a citizen, whose name is redacted, wrote.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("a citizen");
        q.SpeakerKind.ShouldBe(SpeakerKind.Description);
    }

    [Fact]
    public void A_description_of_the_form_member_of_the_public_is_the_speaker()
    {
        var q = Extract.From("Another member of the public, whose name was withheld, wrote: “I cannot believe the pier is closing again.”").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("another member");
    }

    [Fact]
    public void A_description_never_reaches_the_speaker_directory()
    {
        var r = Extract.From("“The line will reopen on Monday,” a Harbour Transit spokesperson said.");
        r.Speakers.ShouldNotContain(f => f.Name.Contains("spokesperson", StringComparison.Ordinal));
    }

    [Fact]
    public void A_named_speaker_is_marked_as_a_person()
    {
        Extract.From("“The nets are dry,” said Ana Lind.").Quotes.ShouldHaveSingleItem().SpeakerKind.ShouldBe(SpeakerKind.Person);
    }

    [Fact]
    public void The_company_is_the_one_company_in_view()
    {
        var r = Extract.From("Harbourline Inc. raised its fares on Monday.\n\n“Fuel costs have doubled since spring,” the company said.");
        Extract.Quote(r, "Fuel costs").Speaker.ShouldBe("Harbourline Inc");
    }

    [Fact]
    public void The_company_is_not_a_body_known_by_another_role()
    {
        var r = Extract.From("The regulator, Port Authority, fined the ferry line on Monday.\n\n“Fuel costs have doubled since spring,” the company said.");
        Extract.Quote(r, "Fuel costs").Speaker.ShouldNotBe("Port Authority");
    }

    [Fact]
    public void It_said_is_the_body_that_spoke_before()
    {
        var r = Extract.From("Coastal Power said 600 homes lost power in the storm.\n\n“Crews will work through the night,” it said.");
        Extract.Quote(r, "Crews will").Speaker.ShouldBe("Coastal Power");
    }

    [Fact]
    public void A_definite_description_is_the_person_the_text_is_about()
    {
        var r = Extract.From("Ana Lind runs a comic shop near the quay.\n\n“Comics are for everyone,” says the self-taught Cambridge resident.");
        Extract.Quote(r, "Comics are").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_definite_description_is_not_someone_only_mentioned()
    {
        var r = Extract.From("I spoke with Ana Lind at her shop near the quay.\n\n“Comics are for everyone,” says the self-taught Cambridge resident.");
        Extract.Quote(r, "Comics are").Speaker.ShouldNotBe("Ana Lind");
    }

    [Fact]
    public void The_leader_of_a_country_is_its_president()
    {
        var r = Extract.From("President Tom Reyes of Norland spoke at the harbour.\n\nThe Norland leader had written, “We will rebuild every pier in the country.”");
        Extract.Quote(r, "We will rebuild").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void The_company_is_never_a_public_body()
    {
        var r = Extract.From("The European Union fined Harbour Apps on Monday.\n\n“The decision ignores the market,” the company said.");
        Extract.Quote(r, "The decision").Speaker.ShouldNotBe("European Union");
    }

    [Fact]
    public void A_named_court_is_the_speaker_of_its_ruling()
    {
        var r = Extract.From("“The ban does not apply to the ferry app,” the Tverskoi district court said.");
        Extract.Quote(r, "The ban").Speaker.ShouldBe("Tverskoi district court");
    }
}
