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
}
