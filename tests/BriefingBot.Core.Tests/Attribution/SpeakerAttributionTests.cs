using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Attribution;

public sealed class SpeakerAttributionTests
{
    private static ExtractionResult Run(string body, ISpeakerLookup? lookup = null) => new QuoteExtractor().Extract(new ArticleText("Local news", body), lookup);

    private static ExtractedQuote Quote(ExtractionResult r, string opening) => r.Quotes.First(q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    [Fact]
    public void CueAfterQuote_InvertedOrder_TitleStripped()
    {
        var q = Run("“We will not back down,” said Mayor Ana Ortiz.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Ana Ortiz");
        q.Attribution.ShouldBe(AttributionKind.Explicit);
        q.Confidence.ShouldBeGreaterThan(0.9);
    }

    [Fact]
    public void CueBeforeQuote_WithColon()
    {
        var q = Run("The minister, Tom Reyes, told reporters: “The border stays open for trade.”").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Surname_ResolvesToFullNameIntroducedEarlier()
    {
        var r = Run("Harbour Commissioner Linda Marsh opened the port.\n\n“Ships will dock here by spring,” Marsh told the weekly.");
        Quote(r, "Ships").Speaker.ShouldBe("Linda Marsh");
    }

    [Fact]
    public void PossessiveTitle_SpeakerIsTheNamedAide_NotTheBoss()
    {
        var q = Run("“No one wants a strike at the port,” Mayor Ana Ortiz's spokesman Paul Dent said on Monday.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Paul Dent");
        q.SpeakerRole.ShouldNotBeNull().ShouldContain("spokesman");
    }

    [Fact]
    public void Apposition_NameBeforeDescription()
    {
        var q = Run("Hugh Hill, a doctor at the clinic, said: “We saw forty patients in one night.”").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void SplitQuote_BothHalvesSameSpeaker()
    {
        var r = Run("Foreign Minister Sara Lund spoke in Oslo. “We are ready to talk,” she said, “but not to surrender our fishing rights.”");
        r.Quotes.Count.ShouldBe(2);
        r.Quotes.ShouldAllBe(q => q.Speaker == "Sara Lund");
        Quote(r, "We are").Attribution.ShouldBe(AttributionKind.Pronoun);
    }

    [Fact]
    public void Pronoun_SkipsPersonOfOtherGender()
    {
        var r = Run("Tom Reyes met Ms. Sara Lund on Friday. “The talks went well for both of us,” she said.");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Sara Lund");
    }

    [Fact]
    public void MultiParagraphQuote_CarriesSpeakerAsContinuation()
    {
        var r = Run("“The harbour needs dredging before the season starts,” said Tom Reyes.\n\n“And the pier must be repaired as well.");
        Quote(r, "And the pier").Speaker.ShouldBe("Tom Reyes");
        Quote(r, "And the pier").Attribution.ShouldBe(AttributionKind.Continuation);
    }

    [Fact]
    public void QuoteOnlyParagraph_AfterAttributedParagraph_IsContinuation()
    {
        var r = Run("“He does not need a phone at all,” Reyes said of the mayor.\n\n“He has staff who tell him everything that matters.”");
        Quote(r, "He has staff").Attribution.ShouldBe(AttributionKind.Continuation);
        Quote(r, "He has staff").Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void Description_ResolvesToEntityGivenThatRoleEarlier_AndItPronoun()
    {
        var r = Run("The country's water regulator, Aquanet, fined the firm on Monday.\n\n“The company broke the rules for years,” the regulator said in a statement.\n\n“If it continues, we will revoke its licence,” it added.");
        Quote(r, "The company").Speaker.ShouldBe("Aquanet");
        Quote(r, "The company").Attribution.ShouldBe(AttributionKind.Nominal);
        Quote(r, "If it").Speaker.ShouldBe("Aquanet");
        r.Speakers.ShouldContain(f => f.Name == "Aquanet" && f.Type == SpeakerType.Organisation && f.Role == "regulator");
    }

    [Fact]
    public void TitleBeforeName_IsLearntAsFact()
    {
        var r = Run("“The port will stay open all winter,” Harbour spokesman Paul Dent said.");
        r.Speakers.ShouldContain(f => f.Name == "Paul Dent" && f.Role == "spokesman" && f.Affiliation == "Harbour" && f.Gender == Gender.Male);
    }

    [Fact]
    public void AccordingTo_NamesTheSpeaker()
    {
        var q = Run("“Prices will fall by the end of the year,” according to Tom Reyes.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void DashAttribution_NamesTheSpeaker()
    {
        var q = Run("“Every vote counts in this town.” — Commissioner Geoffrey Starks").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Geoffrey Starks");
    }

    [Fact]
    public void ColonLeadInParagraph_NamesTheNextParagraphsSpeaker()
    {
        var r = Run("And from Chairwoman Rosa Vell:\n\n“We will hold the hearing in public next week.”");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Rosa Vell");
    }

    [Fact]
    public void DirectoryLookup_GivesCanonicalName()
    {
        var lookup = new FakeLookup(new Speaker { Name = "Dmitry Peskov", Type = SpeakerType.Person, Roles = ["spokesman"] });
        var q = Run("“Nobody wants a ban on these services,” Peskov told the weekly.", lookup).Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Dmitry Peskov");
    }

    [Fact]
    public void DirectoryLookup_NamesNoStrangerForAnUnnamedRole()
    {
        var lookup = new FakeLookup(new Speaker { Name = "Dmitry Peskov", Type = SpeakerType.Person, Roles = ["spokesman"] });
        var q = Run("“Nobody wants a ban on these services,” the spokesman said.", lookup).Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldNotBe("Dmitry Peskov");
    }

    [Fact]
    public void DirectoryLookup_ResolvesARoleHeldBySomeoneTheArticleNames()
    {
        var lookup = new FakeLookup(new Speaker { Name = "Dmitry Peskov", Type = SpeakerType.Person, Roles = ["spokesman"] });
        var q = Run("Dmitry Peskov arrived late to the briefing.\n\nReporters waited outside.\n\n“Nobody wants a ban on these services,” the spokesman said.", lookup)
            .Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Dmitry Peskov");
        q.Confidence.ShouldBeLessThan(0.9);
    }

    [Fact]
    public void UnattributableQuote_HasNoSpeaker()
    {
        var q = Run("The river rose overnight.\n\nThe sign on the bridge read “Closed until further notice for repairs.”").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBeNull();
        q.Attribution.ShouldBe(AttributionKind.None);
    }

    private sealed class FakeLookup(Speaker speaker) : ISpeakerLookup
    {
        public Speaker? FindByName(string name) =>
            speaker.Name.EndsWith(name, StringComparison.OrdinalIgnoreCase) ? speaker : null;

        public IReadOnlyList<Speaker> FindByRole(string role) => speaker.Roles.Contains(role) ? [speaker] : [];
    }
}
