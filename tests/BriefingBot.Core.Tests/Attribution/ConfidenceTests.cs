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

    [Fact]
    public void A_writer_whose_piece_is_quoted_is_not_the_she_of_the_story()
    {
        var r = Run("The weekly sent its writer Stephanie Lane to the island. Lane reports:\n\n“The ferry left at dawn, and the fishwife on the deck counted her crates twice.”\n\n“Every crate is a week of rent for me,” she said.");
        Extract.Quote(r, "Every crate").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_guessed_speaker_does_not_become_the_sure_one_for_the_next_pronoun()
    {
        var r = Run("The case of Justice Robin Hale, who ruled on the harbour, came up again.\n\n“The lifeboat is coming round the point,” she said.\n\n“They have found the missing dinghy at last,” she said.");
        Extract.Quote(r, "They have found").Confidence.ShouldBeLessThan(0.8);
    }

    [Fact]
    public void A_quote_standing_alone_after_a_guess_is_unsure()
    {
        var r = Run("The case of Justice Robin Hale, who ruled on the harbour, came up again.\n\n“The lifeboat is coming round the point,” she said.\n\n“The boats were all out at sea by then, every single one.”");
        Extract.Quote(r, "The boats").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_name_four_paragraphs_back_is_too_far_for_a_pronoun()
    {
        var r = Run("Tom Reyes owns the old boatyard.\n\nThe harbour was busy.\n\nThe tide was high.\n\nThe gulls were loud.\n\n“We will not sell the yard to anyone,” he said.");
        Extract.Quote(r, "We will").Speaker.ShouldBeNull();
    }
}
