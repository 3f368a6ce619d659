using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>The speaker named after the verb that follows a quote: long roles before the name, and names that look like other words.</summary>
public sealed class InvertedSpeakerTests
{
    [Fact]
    public void A_role_with_of_in_it_before_the_name_names_the_speaker()
    {
        Extract.From("“The ferry must run all winter,” said former secretary of state Ann Lee, who praised the crews.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_party_word_in_the_role_before_the_name_names_the_speaker()
    {
        Extract.From("“I do not know where he stands on the pier,” said undecided Republican voter Ann Lee of Harbour Town, before the meeting.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_long_role_owned_by_someone_else_names_the_person_after_it()
    {
        Extract.From("“The harbour plan is the best we have seen,” said the mayor's top transport policy aide Tom Reyes.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Will_inside_a_sentence_is_a_first_name()
    {
        Extract.From("“Running these ferries costs more every year,” said Will Dorner, a professor of shipping.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Will Dorner");
    }

    [Fact]
    public void Will_opening_a_question_is_no_name()
    {
        var r = Extract.From("Tom Reyes spoke first. “The pier is falling apart,” he said. Will Congress pay for it?");
        Extract.Quote(r, "The pier").Speaker.ShouldBe("Tom Reyes");
    }

    [Theory]
    [InlineData("David French", "French")]
    [InlineData("Matthew Prince", "Prince")]
    public void A_surname_that_is_also_a_title_or_a_nationality_is_a_name(string name, string surname)
    {
        var r = Extract.From($"“The ferry is late again,” said {name} of the harbour board.\n\n“Nobody told the crews,” Mr. {surname} said.");
        Extract.Quote(r, "The ferry").Speaker.ShouldBe(name);
        Extract.Quote(r, "Nobody told").Speaker.ShouldBe(name);
    }

    [Theory]
    [InlineData("remembered")]
    [InlineData("cracked")]
    [InlineData("exhorted")]
    public void A_past_tense_verb_of_speech_after_a_quote_names_the_speaker(string verb)
    {
        Extract.From($"“Nobody thought the pier would last a winter,” {verb} Roy Vance, the port's former spokesman.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Roy Vance");
    }

    [Fact]
    public void A_statement_after_the_verb_names_nobody()
    {
        Extract.From("“The ferry will run all winter,” said the statement released on Monday.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBeNull();
    }
}
