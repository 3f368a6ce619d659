using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>One test per construction of the news quote, on sentences written for these tests.</summary>
public sealed class QuoteConstructionTests
{
    private static ExtractionResult Run(string body) => Extract.From(body);

    private static ExtractedQuote Quote(ExtractionResult r, string opening) => Extract.Quote(r, opening);

    [Fact]
    public void Speaker_before_the_quote_with_a_comma()
    {
        var q = Run("Ana Ortiz said, “The harbour will reopen in spring for every boat.”").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Speaker_inside_a_split_quote()
    {
        var r = Run("“The harbour will reopen,” Ana Ortiz said, “but only for small boats at first.”");
        Quote(r, "but only").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Speaker_after_the_quote()
    {
        Run("“The harbour will reopen in spring for every boat,” Ana Ortiz said.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Speaker_after_the_verb_described_in_lower_case_words()
    {
        var q = Run("“The bridge is not safe for lorries any more,” said city engineer Rosa Lind.").Quotes.ShouldHaveSingleItem();

        q.Speaker.ShouldBe("Rosa Lind");
        q.SpeakerRole.ShouldBe("city engineer");
    }

    [Theory]
    [InlineData("added")]
    [InlineData("argued")]
    [InlineData("insisted")]
    [InlineData("warned")]
    [InlineData("fumed")]
    [InlineData("wrote")]
    [InlineData("tweeted")]
    public void Cue_verbs_beyond_said_name_the_speaker(string verb)
    {
        Run($"“The harbour will reopen in spring for every boat,” Ana Ortiz {verb}.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Told_reporters_before_the_quote_names_the_speaker()
    {
        Run("Ana Ortiz told reporters that “the harbour will reopen in spring for every boat.”").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void According_to_after_the_quote_names_the_speaker()
    {
        Run("“The harbour will reopen in spring for every boat,” according to Ana Ortiz.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Colon_lead_in_in_the_same_sentence()
    {
        Run("Then Ana Ortiz changed her tone: “The harbour will reopen in spring for every boat.”").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Colon_lead_in_as_the_previous_paragraph()
    {
        var r = Run("And from Harbour Commissioner Ana Ortiz:\n\n“The harbour will reopen in spring for every boat.”");
        Quote(r, "The harbour").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Dash_attribution_after_the_quote()
    {
        Run("“The harbour will reopen in spring for every boat.” — Harbour Commissioner Ana Ortiz").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Horizontal_bar_attribution_after_the_quote()
    {
        Run("“The harbour will reopen in spring for every boat.” ― Ana Ortiz").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Title_inside_the_name()
    {
        var q = Run("“The harbour will reopen in spring for every boat,” said Harbour Commissioner Ana Ortiz.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Apposition_after_the_name()
    {
        var q = Run("“The clinic will stay open all winter,” Hugh Hill, a doctor at the clinic, said.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Hugh Hill");
        q.SpeakerRole.ShouldNotBeNull().ShouldContain("doctor");
    }

    [Fact]
    public void Long_stacked_appositions_after_the_name()
    {
        var q = Run("“The clinic will stay open all winter,” Hugh Hill, the chief doctor of the county clinic, one of the busiest in the state, said on Monday.").Quotes.ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Party_and_state_in_brackets_between_name_and_verb()
    {
        Run("“The clinic will stay open all winter,” Sen. Hugh Hill (D-Ohio) said Friday.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Modifier_words_before_a_titled_name_after_the_quote()
    {
        Run("“The clinic will stay open all winter,” panel Chairman Hugh Hill said after the vote.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Two_quotes_joined_by_and_a_second_cue_verb()
    {
        var r = Run("Ana Ortiz said the plan was “a good start for the town” and added that “nobody will lose their mooring this year.”");
        Quote(r, "nobody").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Participle_cue_takes_the_sentence_subject()
    {
        var r = Run("Ana Ortiz criticised the board on Monday, saying “the board has ignored every fisherman in this town.”");
        Quote(r, "the board").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Quote_running_over_several_paragraphs_keeps_its_speaker()
    {
        var r = Run("“The harbour will reopen in spring,” Ana Ortiz said. “We have the money.\n\n“We have the workers. We have the plan for the whole season.”");
        Quote(r, "We have the workers").Speaker.ShouldBe("Ana Ortiz");
        Quote(r, "We have the workers").Attribution.ShouldBe(AttributionKind.Continuation);
    }

    [Fact]
    public void Quote_paragraph_after_an_attributed_one_carries_on_the_speaker()
    {
        var r = Run("“The harbour will reopen in spring for every boat,” Ana Ortiz said.\n\n“Nobody will lose their mooring this year, not one boat.”");
        Quote(r, "Nobody").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Pronoun_nearer_than_the_name_is_resolved_to_that_name()
    {
        var r = Run("Ana Ortiz visited the quay on Monday with Tom Reyes.\n\n“The harbour will reopen in spring for every boat,” she said.");
        Quote(r, "The harbour").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Several_speakers_in_one_passage_each_keep_their_quote()
    {
        var r = Run("“The harbour will reopen in spring for every boat,” Ana Ortiz said. “That is a fairy tale told to voters,” Tom Reyes replied.");
        Quote(r, "The harbour").Speaker.ShouldBe("Ana Ortiz");
        Quote(r, "That is").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Quote_ending_in_a_full_stop_is_not_given_to_the_next_sentences_subject()
    {
        var r = Run("Ana Ortiz called the harbour an “open wound for the whole of the town.” Tom Reyes insisted that the board “meet at once.”");
        Quote(r, "open wound").Speaker.ShouldNotBe("Tom Reyes");
    }

    [Fact]
    public void Sentence_final_inverted_cue_names_the_speaker_of_the_next_quote()
    {
        var r = Run("The vote is unlikely to change much, noted the Gazette's Ana Ortiz.\n\n“Most voters made up their minds long ago,” she wrote.");
        Quote(r, "Most voters").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Apposition_without_a_known_role_word_after_the_quote()
    {
        Run("“The clinic will stay open all winter,” Hugh Hill, a senior fellow at the county institute, said of the plan.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Brackets_then_apposition_between_name_and_verb()
    {
        Run("“The clinic will stay open all winter,” Sen. Hugh Hill (D-Ohio), a member of the health panel, said.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Two_word_quote_standing_alone_before_its_cue_is_speech()
    {
        Run("“Simply heartbreaking,” Hugh Hill said.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }

    [Fact]
    public void Listener_after_told_is_not_the_speaker()
    {
        Run("“The clinic will stay open all winter,” Hugh Hill, a doctor who also runs the county board, told The Daily Herald.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Hugh Hill");
    }
}
