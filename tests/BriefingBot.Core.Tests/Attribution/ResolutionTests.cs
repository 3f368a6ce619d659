using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Pronouns, surnames, first names, titles and descriptions resolved to the entity they stand for.</summary>
public sealed class ResolutionTests
{
    private static ExtractionResult Run(string body) => Extract.From(body);

    private static ExtractedQuote Quote(ExtractionResult r, string opening) => Extract.Quote(r, opening);

    [Fact]
    public void He_skips_a_woman_named_later()
    {
        var r = Run("Mr. Tom Reyes met Ana Ortiz at the quay.\n\n“We need a new crane before the season starts,” he said.");
        Quote(r, "We need").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void She_takes_the_gender_learnt_from_ms()
    {
        var r = Run("Ms. Robin Vale met Chris Dunn at the quay.\n\n“We need a new crane before the season starts,” she said.");
        Quote(r, "We need").Speaker.ShouldBe("Robin Vale");
    }

    [Fact]
    public void She_prefers_the_sentence_subject_to_the_person_she_acted_on()
    {
        var r = Run("On Tuesday, Ana Ortiz criticised harbour officer Maria Lind for closing the gate.\n\n“This is simply not acceptable in our town,” she said.");
        Quote(r, "This is").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void It_resolves_to_an_organisation()
    {
        var r = Run("The Harbour Authority published its plan on Monday.\n\n“The quay will be rebuilt by the end of next year,” it said.");
        Quote(r, "The quay").Speaker.ShouldBe("Harbour Authority");
    }

    [Fact]
    public void They_is_too_vague_to_name_a_speaker()
    {
        var r = Run("The Harbour Authority and the union met on Monday.\n\n“The quay will be rebuilt by the end of next year,” they said.");
        Quote(r, "The quay").Speaker.ShouldBeNull();
    }

    [Fact]
    public void Place_names_are_never_he()
    {
        var r = Run("Tom Reyes flew to North Dakota on Monday.\n\n“The quay will be rebuilt by the end of next year,” he said.");
        Quote(r, "The quay").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Surname_with_honorific_resolves_to_the_full_name()
    {
        var r = Run("Thomas Reyes runs the yard.\n\n“The quay will be rebuilt by the end of next year,” Mr. Reyes said.");
        Quote(r, "The quay").Speaker.ShouldBe("Thomas Reyes");
    }

    [Fact]
    public void First_name_resolves_to_the_full_name()
    {
        var r = Run("Melanie Short has lived by the harbour for forty years.\n\n“The quay will be rebuilt by the end of next year,” Melanie said.");
        Quote(r, "The quay").Speaker.ShouldBe("Melanie Short");
    }

    [Fact]
    public void Surname_prefers_the_person_over_a_title_case_line()
    {
        var r = Run("Harbour Commissioner Tom Reyes opened the quay.\n\nReyes Sees Future in Fishing\n\n“The quay will be rebuilt by the end of next year,” Reyes said.");
        Quote(r, "The quay").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Title_that_is_a_surname_ends_a_name()
    {
        Run("“The quay will be rebuilt by the end of next year,” said Larry King.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Larry King");
    }

    [Fact]
    public void Title_resolves_to_whom_the_article_gave_it()
    {
        var r = Run("The harbour commissioner, Tom Reyes, opened the quay.\n\n“The quay will be rebuilt by the end of next year,” the harbour commissioner said.");
        Quote(r, "The quay").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Person_before_of_the_organisation_is_the_speaker()
    {
        Run("“The quay will be rebuilt by the end of next year,” Mr. Reyes of the Harbour Trust said.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void Plural_role_word_opening_a_sentence_is_a_group_not_a_name()
    {
        Run("“The quay will be rebuilt by the end of next year,” Officials said.").Quotes.ShouldHaveSingleItem().Speaker.ShouldBeNull();
    }

    [Fact]
    public void He_takes_the_subject_that_a_relative_clause_follows()
    {
        var r = Run("Tom Reyes, who sailed with harbour chief Bob Lind until he retired, criticised the ferry timetable on Monday.\n\n“It is a mess and every skipper on the quay knows it,” he said.");
        Quote(r, "It is a mess").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Where_someone_is_from_is_no_speaker()
    {
        Run("Ann Lee, of Salem, Ore., said the old lighthouse was “a beacon for every family on the coast.”").Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void Description_then_name_between_commas_names_the_speaker()
    {
        var r = Run("“Fish pays for everything here,” said Luis Moreno, who runs a trawler firm.\n\nThe minister of the harbour, Mr. Tom Reyes, argues the new dredger can wait a year. “Nobody should panic over one bad season,” he told me.");
        Quote(r, "Nobody should").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_quote_closed_by_a_full_stop_ends_the_sentence_before_the_next_subject()
    {
        var r = Run("When Ann Lee raised the mooring fees, Tom Reyes bragged, “I paid less than anyone.” Reyes was touchy about the unpaid carpenter, saying, “His decking leaked and I owed him nothing.”");
        Quote(r, "His decking").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_colon_hands_the_quote_to_the_subject_not_to_a_name_on_the_way()
    {
        var r = Run("With skippers grumbling about Ann Lee and her new fees, Mayor Tom Reyes has a new slogan for the regatta: “The harbour belongs to all of us.”");
        Quote(r, "The harbour belongs").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_sentence_opening_with_the_verb_names_the_speaker_after_it()
    {
        var r = Run("Mooring fees keep rising. Said Reyes, “The council has never once asked the fishermen what they think.”");
        Quote(r, "The council").Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void A_description_naming_another_party_is_not_the_holder_of_the_role()
    {
        var r = Run("Libertarian mayoral candidate Gary Lind toured the fish market on Monday.\n\n“The ferry will run every hour by summer,” the Republican mayoral candidate said.");
        Quote(r, "The ferry").Speaker.ShouldNotBe("Gary Lind");
        Quote(r, "The ferry").SpeakerKind.ShouldNotBe(SpeakerKind.Person);
    }

    [Fact]
    public void A_description_naming_the_same_party_is_the_holder_of_the_role()
    {
        var r = Run("Libertarian mayoral candidate Gary Lind toured the fish market on Monday.\n\n“The ferry will run every hour by summer,” the Libertarian candidate said.");
        Quote(r, "The ferry").Speaker.ShouldBe("Gary Lind");
    }

    [Fact]
    public void A_headline_opening_with_a_first_name_names_the_person_the_body_calls_by_surname()
    {
        var r = new QuoteExtractor().Extract(new ArticleText(
            "Hillary Lind Takes On Reyes Over Ferry Fares",
            "At the town meeting, Lind pressed hard. She questioned the mayor about the ferry contract.\n\n“Who signed the contract, and when?” she said."));
        Quote(r, "Who signed").Speaker.ShouldBe("Hillary Lind");
    }

    [Fact]
    public void A_body_that_repeats_the_headline_gives_its_quote_once()
    {
        var r = new QuoteExtractor().Extract(new ArticleText(
            "‘We will rebuild the quay,’ says Mayor Ana Ortiz",
            "‘We will rebuild the quay,’ says Mayor Ana Ortiz\n\nThe storm closed the harbour on Monday."));
        r.Quotes.Count(q => q.Text.StartsWith("We will rebuild", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void A_name_between_commas_after_a_possessive_description_speaks_after_the_quote()
    {
        var r = Run("“The boats are back in the bay!” Reyes's niece, state Del. Ana “Bunny” Ortiz (D-Portland), called out to the crowd.");
        Quote(r, "The boats are").Speaker.ShouldBe("Ana Bunny Ortiz");
    }

    [Fact]
    public void A_participle_does_not_take_a_name_that_follows_a_preposition()
    {
        var r = Run("The seaweed pills drew the notice of the Senate, where the chef testified at a hearing for saying that they were “a cure for every ache of the sea.”");
        Quote(r, "a cure").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_participle_right_after_a_name_takes_it_even_after_a_preposition()
    {
        var r = Run("The council film shows Ann Lee asking, “Why is the ferry late again this morning?”");
        Quote(r, "Why is the ferry").Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void She_resolves_to_someone_called_by_first_name_alone()
    {
        var r = Run("“Not today,” Rosa said to the harbour master.\n\n“The nets can wait until the tide turns,” she said.");
        Quote(r, "The nets").Speaker.ShouldBe("Rosa");
    }

    [Fact]
    public void A_first_name_that_is_a_common_surname_tells_no_gender_alone()
    {
        var r = Run("“Not today,” Grant said to the harbour master.\n\n“The nets can wait until the tide turns,” she said.");
        Quote(r, "The nets").Speaker.ShouldBeNull();
    }

    [Fact]
    public void A_surname_alone_is_the_family_member_the_article_quotes()
    {
        var r = Run("“The pier is safe,” Ted Lind said on Monday.\n\nHe said the inspectors had questioned his wife, Ana Lind, and his brother.\n\n“Nobody on my crew will be blamed for the crack,” Lind said in July.");
        Quote(r, "Nobody on my crew").Speaker.ShouldBe("Ted Lind");
    }

    [Fact]
    public void Words_quoted_in_a_clause_about_someone_else_are_not_the_earlier_speakers()
    {
        var r = Run("Ana Ortiz watched the debate.\n\n“Is he done yet?” she said, but her son had gone to the kitchen, and as Tom Reyes went on about “a harbour that works for everyone,” the crowd clapped.");
        Quote(r, "a harbour that works").Speaker.ShouldNotBe("Ana Ortiz");
    }

    [Fact]
    public void Words_quoted_further_in_the_speakers_own_clause_stay_theirs()
    {
        var r = Run("“Come early,” Tom Reyes said. He told the volunteers to “bring gloves and a bucket” and then “start at the north end of the beach and work south.”");
        Quote(r, "start at the north").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void He_passes_over_the_subject_of_a_while_clause()
    {
        var r = Run("“The market needs a roof,” said Bob Lind.\n\nWhile Tom Reyes had painters who drew his boat, that is not true of the mayor, which worries Al Dunn, head of the council.\n\n“Nobody paints the town hall these days,” he said.");
        Quote(r, "Nobody paints").Speaker.ShouldNotBe("Tom Reyes");
    }

    [Fact]
    public void A_participle_after_a_plural_noun_reports_no_speech()
    {
        var r = Run("Tom Reyes, who hired poets writing “verses about the harbour and its boats,” left early.");
        Quote(r, "verses about").Speaker.ShouldBeNull();
    }

    [Fact]
    public void The_president_is_not_the_vice_president_named_since()
    {
        var r = Run("President Ana Ortiz opened the maritime museum. Vice President Tom Reyes spoke after her.\n\n“This hall keeps the names of every crew lost at sea,” the president said.");
        Quote(r, "This hall").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void The_president_is_not_a_former_president()
    {
        var r = Run("Former President Tom Reyes sat in the front row.\n\n“This hall keeps the names of every crew lost at sea,” the president said.");
        Quote(r, "This hall").Speaker.ShouldBeNull();
    }

    [Fact]
    public void The_secretary_of_state_is_the_secretary()
    {
        var r = Run("Secretary of State Ana Ortiz flew in on Monday.\n\n“We will not leave the harbour to its fate,” the secretary said.");
        Quote(r, "We will not").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void A_bare_surname_stays_with_the_one_the_article_calls_so_after_a_relative_speaks()
    {
        var r = Run("Ana Lind opened a bakery in 1990. “Bread needs patience,” says Lind while her husband Tom Lind watches.\n\n“I was a sailor and knew nothing of flour,” Tom Lind said.\n\n“One day I burned every loaf in the oven,” says Lind.");
        Quote(r, "One day").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void The_company_is_the_one_the_text_is_about_not_one_labelled_company_long_before()
    {
        var r = Run("Harbour Foods said Monday that its plant would close. Ana Lind, chief executive of shipping company Baltic Freight, said it was a blow.\n\nLind said the closure would hurt the port.\n\nHarbour Foods said Tuesday it had found a buyer. But the company seemed confident. “We expect the sale to close soon,” the company said in a statement.");
        Quote(r, "We expect").Speaker.ShouldBe("Harbour Foods");
    }

    [Fact]
    public void A_name_set_against_the_subject_is_not_he()
    {
        var r = Run("Tom Reyes runs a bakery on the quay. Sami Haddad, who came with him in 2016, drives a cab at night.\n\nUnlike Reyes, he has not found steady work.\n\n“When you have children, my study comes later,” he said.");
        Quote(r, "When you have").Speaker.ShouldBe("Sami Haddad");
    }

    [Fact]
    public void The_commission_is_the_body_whose_name_ends_in_it()
    {
        var r = Run("The European Union fined two ferry lines on Monday. Ferry lines broke the rules on fares, said the European Commission, the bloc's executive arm.\n\nThe lines kept fares high for years, which meant travellers paid “far more than they should have,” the commission said.");
        Quote(r, "far more").Speaker.ShouldBe("European Commission");
    }

    [Fact]
    public void A_capital_speaks_for_the_public_body_that_has_just_spoken()
    {
        var r = Run("The Harbour Ministry said on Monday that the ferry line had ignored its orders. If the line goes on ignoring them, Ottawa says, “the fines will keep growing.”");
        Quote(r, "the fines").Speaker.ShouldBe("Harbour Ministry");
    }

    [Fact]
    public void They_after_two_people_speaking_together_is_both()
    {
        var r = Run("In a statement, the bakery's owners Ana Lind and Tom Reyes said they respected the vote.\n\n“Our priority is a safe kitchen for everyone,” they said.");
        Quote(r, "Our priority").Speaker.ShouldBe("Ana Lind and Tom Reyes");
        r.Speakers.ShouldNotContain(s => s.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_people_speaking_together_leave_he_and_a_surname_to_each()
    {
        var r = Run("Ana Lind and Tom Reyes said the pier was unsafe. “We will not sail,” Lind said.\n\n“It is too risky,” he said.");
        Quote(r, "We will not").Speaker.ShouldBe("Ana Lind");
        Quote(r, "It is too risky").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Two_names_after_between_are_no_speaking_pair()
    {
        var r = Run("The deal between Ana Lind and Tom Reyes said little about fares. “We will not sail,” they said.");
        Quote(r, "We will not").Speaker.ShouldNotBe("Ana Lind and Tom Reyes");
    }

    [Fact]
    public void A_name_opening_with_an_acronym_is_not_she()
    {
        var r = Run("Ana Lind sits on the harbour board.\n\nBesides the board, Lind and other young sailors are planning a regatta. The HRC Youth Council said in July it opposed the new pier.\n\n“As young people we love this water,” she said.");
        Quote(r, "As young people").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void He_means_who_spoke_last_in_the_paragraph_not_whom_a_quote_before_them_named()
    {
        var r = Run("Bob Reyes opened the quay on Monday.\n\nReyes called the plan “silly.” Josh Baker, a longtime harbour activist, warned Saturday that the move against Reyes could hurt the town.\n\n“The stakes are higher than anyone thinks,” he wrote in a blog post.");
        Quote(r, "The stakes").Speaker.ShouldBe("Josh Baker");
    }

    [Fact]
    public void A_name_before_a_participle_after_a_preposition_is_not_whom_he_means()
    {
        var r = Run("Tom Reyes runs the yard.\n\nReyes, for example, said he hopes the effort ends in Bob Lind winning the vote.\n\n“The first thing is to stop the sale,” he said.");
        Quote(r, "The first").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void She_is_not_a_caucus_whose_name_says_women()
    {
        var r = Run("“The campaign is in trouble,” said Ana Ortiz, the president of the Harbour Women Caucus.\n\nOrtis believes the campaign took voters for granted.\n\n“They have a big problem now,” she said.");
        Quote(r, "They have").Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void He_means_who_recalled_not_whom_the_recollection_was_about()
    {
        var r = Run("Joe Lind, a harbour radio host heard across the county, recalled in 2008 that before the vote, Tom Reyes was not taken seriously by listeners.\n\n“I hate to put it that way, but that is how people saw it,” he said.");
        Quote(r, "I hate").Speaker.ShouldBe("Joe Lind");
    }

    [Fact]
    public void An_opening_clause_with_a_speech_verb_leaves_the_subject_after_it()
    {
        var r = Run("Tom Reyes sat behind him on the ferry.\n\nWhen told Reyes ran the harbour, Bob Lind thought for a moment and said that in these times, “it is an advantage not to be famous.”");
        Quote(r, "it is an advantage").Speaker.ShouldBe("Bob Lind");
    }

    [Fact]
    public void A_venue_is_never_she()
    {
        var r = Run("Ann Lorrimer watched the final at Harbour Square Garden in 1971.\n\nShe saw the champion there again in 1999 at Union Square Garden.\n\n“He always had a word for me,” she said.");
        Quote(r, "He always").Speaker.ShouldBe("Ann Lorrimer");
    }
}
