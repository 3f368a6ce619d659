using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Constructions of news copy around quotes: statements that read, page furniture, agencies, titles.</summary>
public sealed class DiscourseConstructionTests
{
    [Fact]
    public void Her_statement_read_is_her_speech()
    {
        var r = Extract.From("Environment Minister Ana Lind cancelled the meetings on Saturday.\n\n“I have heard stories of residents afraid to attend,” her statement read.");
        Extract.Quote(r, "I have heard").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_quote_carries_on_across_a_story_continues_line()
    {
        var r = Extract.From("“The pier is unsafe for anyone,” said Tom Reyes.\n\nStory continues below advertisement\n\n“We will close it tomorrow morning.”");
        Extract.Quote(r, "We will close").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_read_more_line_is_no_antecedent()
    {
        var r = Extract.From("Ana Lind runs the fish market.\n\nREAD MORE: Tom Reyes opens a new bakery\n\n“The market will stay open all winter,” she said.");
        Extract.Quote(r, "The market").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_description_with_and_after_the_verb_keeps_the_name()
    {
        Extract.From("“Our boats are laughing stock now,” said fish and chips vendor Tom Reyes.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void The_agency_a_sentence_cites_is_not_the_speaker()
    {
        var r = Extract.From("According to the Harbour Gazette, the port's press service cited “a shortage of pilots” as the reason for the delay.");
        Extract.Quote(r, "a shortage").Speaker.ShouldNotBe("Harbour Gazette");
    }

    [Fact]
    public void A_member_of_parliament_title_is_not_part_of_the_name()
    {
        Extract.From("“The ferry must run all year,” said MP Sean Lind.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Sean Lind");
    }

    [Fact]
    public void A_message_saying_something_is_not_the_subject_speaking()
    {
        var r = Extract.From("The Harbour Trust received an error message saying “Your account has been closed for good.”");
        Extract.Quote(r, "Your account").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_quote_sentence_after_a_sentence_about_its_speaker_is_theirs()
    {
        var r = Extract.From("“We start at dawn,” said Ana Lind.\n\nLind did not need much persuading. “I have waited ten years for this boat.”");
        Extract.Quote(r, "I have waited").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_quote_sentence_after_a_sentence_naming_two_people_has_no_speaker()
    {
        var r = Extract.From("“We start at dawn,” said Ana Lind.\n\nLind met Tom Reyes at the quay. “I have waited ten years for this boat.”");
        Extract.Quote(r, "I have waited").Speaker.ShouldBeNull();
    }

    [Theory]
    [InlineData("assured")]
    [InlineData("remarked")]
    [InlineData("conceded")]
    [InlineData("quipped")]
    [InlineData("echoed")]
    public void Less_common_speech_verbs_name_the_speaker(string verb)
    {
        Extract.From($"“The ferry will be back by June,” Ana Lind {verb}.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_preposition_opening_the_sentence_is_not_part_of_a_name()
    {
        var r = Extract.From("Ana Lind found work at the cannery.\n\nUnlike Tom Reyes, he has been unable to find work. “My study comes afterwards,” he said.");
        Extract.Quote(r, "My study").Speaker.ShouldNotBe("Unlike Tom Reyes");
    }

    [Fact]
    public void A_lone_capitalised_word_opening_a_sentence_is_not_who_a_colon_quotes()
    {
        var r = Extract.From("Governance lassitude was on display in December when the board took to the radio with this: “The chair is an honour, not a job.”");
        Extract.Quote(r, "The chair").Speaker.ShouldNotBe("Governance");
    }

    [Fact]
    public void A_place_before_staff_is_a_description_not_someone_of_that_name()
    {
        var r = Extract.From("The Safe Harbourtown campaign promised new rinks.\n\nHarbourtown staff explained the numbers this way: “Many families are still on the waiting list.”");
        var q = Extract.Quote(r, "Many families");
        q.Speaker.ShouldNotBe("Safe Harbourtown");
    }

    [Fact]
    public void A_name_that_only_describes_a_noun_is_not_she()
    {
        var r = Extract.From("Ana Lind leads the youth council.\n\nThe council said it opposed the Kinder Morgan pipeline.\n\n“This land is who we are,” she said.");
        Extract.Quote(r, "This land").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void An_inverted_speaker_set_off_by_commas_leads_into_the_quote()
    {
        Extract.From("Rather than a new pier, asks harbour editor Ana Lind, “has anyone thought of a ferry?”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_speaker_described_after_the_quote_ends_the_paragraph_speakers_turn()
    {
        var r = Extract.From("“We start at dawn,” says Tom Reyes. “Nobody else does.” The minimum catch is three crates. “Two!” says the cheerful skipper. “No, three.”");
        Extract.Quote(r, "Two!").Speaker.ShouldBeNull();
        Extract.Quote(r, "No, three").Speaker.ShouldBeNull();
    }

    [Fact]
    public void The_name_after_someone_elses_relative_is_the_speaker()
    {
        Extract.From("“I never sell on Sundays,” says Lind's husband, Darrin.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Darrin");
    }

    [Fact]
    public void Someone_elses_relative_without_a_name_is_not_the_owner()
    {
        Extract.From("Ana Lind runs the stall. “I never sell on Sundays,” says Lind's husband.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_message_saying_after_a_comma_is_not_the_subject_speaking()
    {
        var r = Extract.From("The Harbour Trust posted screenshots of its closed account on Tuesday, after receiving an error message saying, “Your account has been closed for good.”");
        Extract.Quote(r, "Your account").Speaker.ShouldBeNull();
    }
}
