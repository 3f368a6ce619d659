using BriefingBot.Core.Extraction;
using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Where a name starts and ends in the text, and what the words around it make of it.</summary>
public sealed class NameReadingTests
{
    private static ExtractedQuote Only(string body) => Extract.From(body).Quotes.ShouldHaveSingleItem();

    [Fact]
    public void A_quoted_nickname_inside_a_name_is_part_of_the_name()
    {
        Only("“We will rebuild the quay before the summer,” harbour chief Ana “Bunny” Ortiz (D-Portland) told the crowd.")
            .Speaker.ShouldBe("Ana Bunny Ortiz");
    }

    [Fact]
    public void A_name_after_a_lower_case_arabic_article_is_a_name()
    {
        Only("In a short statement, al-Hadira said: \"The attack on the port was an answer to the blockade.\"")
            .Speaker.ShouldBe("al-Hadira");
    }

    [Fact]
    public void A_span_of_time_opening_the_sentence_is_no_name()
    {
        var r = Extract.From("Harbour master Tom Reyes spoke first.\n\nHours later, Reyes returned the compliment to the mayor, telling reporters, “She has been a fine partner to the port.”");
        Extract.Quote(r, "She has been").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_generational_suffix_does_not_end_the_name()
    {
        var r = Extract.From("Harbour master Tom Reyes Jr. opened the quay.\n\n“The quay will be rebuilt by the end of next year,” Reyes said.");
        Extract.Quote(r, "The quay").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void On_inside_an_institution_name_keeps_the_name_whole()
    {
        Only("“Every boat must carry a radio from June,” the Commission on Harbour Safety said.")
            .Speaker.ShouldBe("Commission on Harbour Safety");
    }

    [Fact]
    public void An_institution_named_with_on_is_never_he()
    {
        var r = Extract.From("Tom Reyes noted that the Commission on Harbour Safety admitted a fault.\n\n“The quay will be rebuilt by the end of next year,” he said.");
        Extract.Quote(r, "The quay").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_modifier_alone_is_no_title_that_makes_a_person()
    {
        var r = Extract.From("The National Park was crowded when Tom Reyes arrived on Monday.\n\n“We came here to be heard by everyone,” he said.");
        Extract.Quote(r, "We came").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_party_before_a_name_is_its_affiliation_not_its_role()
    {
        var facts = Extract.From("“The fares will not rise this year,” said Republican Tom Reyes.").Speakers;

        var reyes = facts.Single(f => f.Name == "Tom Reyes");
        reyes.Role.ShouldBeNull();
        reyes.Affiliation.ShouldBe("Republican");
    }

    [Fact]
    public void That_after_a_speech_verb_opens_a_clause_and_names_no_speaker()
    {
        Only("Harbour master Tom Reyes wrote to the paper that the poster “quite falsely and on purpose” suggests that Springfield owns the pier.")
            .Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Short_words_of_a_shouted_heading_are_no_names()
    {
        Only("THE PORT HAS SPOKEN — Dr. Ana Ortiz won praise for saying the quay was “the best investment this town has made in a generation.”")
            .Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void A_title_case_headline_does_not_run_a_name_into_the_next_word()
    {
        var r = new QuoteExtractor().Extract(new ArticleText(
            "Reyes Sees ‘Personal Insult’ in Harbour Vote",
            "“The vote is about the pier, not about me,” Mr. Reyes said."));

        Extract.Quote(r, "The vote is").Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void Mr_passes_over_a_woman_of_the_same_surname()
    {
        var r = Extract.From("Ana Reyes spoke at the quay on Monday.\n\n“The vote is about the pier, not about me,” Mr. Reyes said.");
        Extract.Quote(r, "The vote is").Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void A_sentence_opening_adverb_is_no_name()
    {
        Only("Once on a winter night, I shrugged and said, “There is no ghost in the lighthouse.”").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_plural_opening_the_sentence_is_a_group()
    {
        Only("Fishermen said they want “a fair price for every crate landed,” but agreed to keep fishing.").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_capitalised_word_before_a_role_is_no_speaker()
    {
        Only("Green mayoral candidate Gary Lind’s trainer is calling the candidate “as strong as any deckhand.”").Speaker.ShouldNotBe("Green");
    }

    [Fact]
    public void A_name_with_dotted_initials_keeps_its_last_dot()
    {
        Extract.From("“The new quay rules bind every flag,” the U.K. Harbour Office said in a statement.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("U.K. Harbour Office");
    }
}
