using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Every attribution carries a confidence; below the threshold the quote is kept with no speaker.</summary>
public sealed class ConfidenceTests
{
    private static ExtractionResult Run(string body) => Extract.From(body);

    [Fact]
    public void Name_beside_the_quote_is_confident()
    {
        Run("“The quay will be rebuilt by the end of next year,” Ana Ortiz said.").Quotes.ShouldHaveSingleItem().Confidence.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Pronoun_with_a_rival_of_the_same_gender_is_less_confident_than_a_name()
    {
        var r = Run("Ana Ortiz met Maria Lind at the quay.\n\n“The quay will be rebuilt by the end of next year,” she said.");
        r.Quotes.ShouldHaveSingleItem().Confidence.ShouldBeLessThan(0.9);
    }

    [Fact]
    public void Unsure_quote_is_kept_with_no_speaker_and_no_confidence()
    {
        var q = Run("The quay has been closed since March.\n\n“Nobody knows when the boats will come back to this town,” they said.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBeNull();
        q.Attribution.ShouldBe(AttributionKind.None);
        q.Confidence.ShouldBe(0);
        q.Text.ShouldStartWith("Nobody knows");
    }

    [Fact]
    public void The_last_speaker_is_unsure_when_someone_else_of_the_gender_was_named_since()
    {
        var r = Run("“The dredging budget is fine,” said Lily Stone, an engineer.\n\nThe budget has become a row at the council, with Ana Ortiz attacking it.\n\n“Half of it goes to consultants who never saw the bay,” she said. “The silt is still there.”");
        Extract.Quote(r, "Half of it").Speaker.ShouldBeNull();
        Extract.Quote(r, "The silt").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_quote_carried_on_from_an_unsure_one_is_unsure_too()
    {
        var r = Run("“The dredging budget is fine,” said Lily Stone, an engineer.\n\nThe budget has become a row at the council, with Ana Ortiz attacking it.\n\n“Half of it goes to consultants who never saw the bay,” she said.\n\n“The silt is still there after three summers.”");
        Extract.Quote(r, "The silt").Speaker.ShouldBeNull();
    }
}
