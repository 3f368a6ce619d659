using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Ways of naming who speaks beyond "X said": phrases, documents, dashes, signatures and what names look like in damaged text.</summary>
public sealed class SpeechConstructionTests
{
    [Fact]
    public void A_name_garbled_by_a_wrong_encoding_is_read_whole_and_repaired()
    {
        Extract.From("“The ferry will run all winter,” French President JosÃ© Lund said Friday.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("José Lund");
    }

    [Fact]
    public void A_name_with_decomposed_accents_is_one_name()
    {
        Extract.From("“The nets are mended for the season,” said Enrique Pen\u0303a Ortiz.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Enrique Pen\u0303a Ortiz");
    }

    [Fact]
    public void A_first_name_with_an_accent_tells_the_gender()
    {
        var r = Extract.From("François Lund met Ana Reyes at the quay.\n\n“We need a new crane before the season starts,” she said.");
        Extract.Quote(r, "We need").Speaker.ShouldBe("Ana Reyes");
    }

    [Fact]
    public void A_date_in_the_description_after_the_verb_keeps_the_name()
    {
        Extract.From("“The memorial belongs on the quay,” said 9/11 widow Ann Lee.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void As_someone_put_it_names_the_speaker()
    {
        Extract.From("As Tom Reyes, a boat builder at the harbour trust, recently put it, “Who pays when the pier falls into the sea?”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_quote_set_off_by_dashes_after_a_name_is_theirs()
    {
        var r = Extract.From("Several skippers agreed, including the former mayor Ann Lee — “A harbour without a pilot is a harbour without boats” — and the harbour master.");
        Extract.Quote(r, "A harbour without").Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_quote_set_off_by_dashes_after_a_name_behind_a_preposition_is_not_theirs()
    {
        var r = Extract.From("The skipper has lately sounded fond of Mayor Tom Reyes — “a quieter man this year, which surprised the whole crew.”");
        Extract.Quote(r, "a quieter man").Speaker.ShouldNotBe("Tom Reyes");
    }

    [Fact]
    public void A_document_speaks_for_whoever_issued_it()
    {
        Extract.From("“Half of the moorings will need new chains before winter,” the HSB report stated.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("HSB");
    }

    [Fact]
    public void Calling_something_a_phrase_quotes_the_caller()
    {
        Extract.From("Ann Lee called the new quay “the best thing the town has built in fifty years.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_paragraph_signed_with_a_dash_and_a_name_is_all_theirs()
    {
        var r = Extract.From("“Nobody here wants a casino on the quay. My grandmother used to say ‘Money is a poor anchor.” And that is all the plan offers “a poor anchor’.” ― Rosa Quint.");
        Extract.Quote(r, "Nobody here").Speaker.ShouldBe("Rosa Quint");
    }

    [Fact]
    public void A_name_whose_apposition_lacks_its_closing_comma_is_the_speaker()
    {
        Extract.From("Ana Reyes, a member of the harbour board's safety committee said that \"the cranes must be checked before every storm.\"")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Reyes");
    }

    [Fact]
    public void Two_sentences_glued_without_a_space_are_read_as_two()
    {
        Extract.From("The ferry was late again.Ana Reyes, a member of the harbour board's safety committee said that \"the cranes must be checked before every storm.\"")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Reyes");
    }
    [Fact]
    public void A_quote_opening_the_sentence_after_reported_speech_goes_on_in_that_speakers_words()
    {
        var r = Extract.From("Port manager Tom Reyes could not confirm the figures but said the pier should stay closed. \"Every plank on it is rotten, and the posts are worse.\"");
        Extract.Quote(r, "Every plank").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_paragraph_of_quote_after_a_paragraph_of_reported_speech_is_that_speakers()
    {
        var r = Extract.From("But the director of ferry operations for Nordline, Ann Lee, says the timetable was built for storms.\n\n“When the wind rises we move the boats inside the breakwater, and the crews know the drill.”");
        Extract.Quote(r, "When the wind").Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void A_sentence_adverb_between_commas_does_not_hide_the_speaker()
    {
        var r = Extract.From("Tom Reyes said the ferry was late again. He, however, said, \"The crew did everything right.\"");
        Extract.Quote(r, "The crew").Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Quoted_as_saying_gives_the_quote_to_who_is_quoted()
    {
        var r = Extract.From("“The talks with the ferry company went well and will go on next week,” the council's press office quoted Ann Lee as saying.");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }

    [Fact]
    public void Points_out_is_a_speech_verb()
    {
        var r = Extract.From("Rosa Lind has run the bait shop for twenty years.\n\n“You cannot fish here in March,” points out Rosa Lind.");
        Extract.Quote(r, "You cannot").Speaker.ShouldBe("Rosa Lind");
    }

    [Fact]
    public void An_epithet_after_the_verb_is_the_person_the_story_is_about()
    {
        var r = Extract.From("Rosa Lind opened the bait shop on the quay in 2009.\n\nShe sells to tourists and to the trawler crews. “Nobody else stocks live worms,” points out the cheerful Springfield resident.");
        Extract.Quote(r, "Nobody else").Speaker.ShouldBe("Rosa Lind");
    }

    [Fact]
    public void An_embassy_speaks_as_the_body_it_is()
    {
        var r = Extract.From("“The arrest of our fishermen is unlawful,” the Norwegian embassy said in a statement.\n\nThe embassy added that the crews must be “released at once and without conditions.”");
        Extract.Quote(r, "The arrest").Speaker.ShouldBe("Norwegian embassy");
        Extract.Quote(r, "released at once").Speaker.ShouldBe("Norwegian embassy");
    }

    [Fact]
    public void A_capital_speaking_is_the_public_body_the_text_is_about()
    {
        var r = Extract.From("The fisheries regulator Fiskedirektoratet said on Monday that it would close the fjord to trawlers.\n\nIf the fleets keep fishing, Oslo says, “the fines will rise every week until the boats stay in port.”");
        Extract.Quote(r, "the fines").Speaker.ShouldBe("Fiskedirektoratet");
    }

    [Fact]
    public void The_agency_is_not_the_news_agency_that_carried_an_earlier_quote()
    {
        var r = Extract.From("Port manager Ann Lee told the news agency Nordpress, “We are ready for the inspection.”\n\nThe rule exists, according to the agency in its March statement, to “keep unsafe boats off the water.”");
        Extract.Quote(r, "keep unsafe").Speaker.ShouldNotBe("Nordpress");
    }
    [Fact]
    public void A_surname_that_is_also_a_title_word_names_the_speaker_after_the_verb()
    {
        var r = Extract.From("The choreographer Tom House staged the piece again this spring.\n\n“I always wanted it longer,” says House.");
        Extract.Quote(r, "I always").Speaker.ShouldBe("Tom House");
    }

    [Fact]
    public void A_quote_after_a_sentence_about_someone_else_leaves_the_paragraphs_speaker()
    {
        var r = Extract.From("Ann Lee asked Rosa Lind to return to the harbour festival. “I always wanted it bigger,” says Lee. “It grows every year.” Lind did not need much persuading. “I love this town and its boats.” She signed the next day.");
        Extract.Quote(r, "I love").Speaker.ShouldBe("Rosa Lind");
    }

    [Fact]
    public void An_arabic_article_before_a_surname_is_no_first_name()
    {
        var r = Extract.From("Lina Al Masri runs the family's bakery near the harbour.\n\nThe family will manage, adds Al Masri. “We can always bake more bread,” she says.");
        Extract.Quote(r, "We can always").Speaker.ShouldBe("Lina Al Masri");
    }
    [Fact]
    public void A_zero_width_space_between_name_and_verb_is_invisible()
    {
        var r = Extract.From("“The union gives the cooks a voice,” Tom Reyes\u200B said.");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Admonished_is_a_speech_verb()
    {
        var r = Extract.From("“You have not read the harbour plan at all,” Mayor Ann Lee admonished the council.");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ann Lee");
    }
    [Fact]
    public void The_sender_of_a_statement_speaks_in_it()
    {
        var r = Extract.From("A statement e-mailed to the Harbour Gazette by Rosa Lind, who joined the port board in May, said “The board will respect the ruling.”");
        r.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Rosa Lind");
    }
    [Fact]
    public void A_name_set_before_he_said_is_whom_the_speaker_talks_about()
    {
        var r = Extract.From("Tom Reyes chairs the harbour board. “It is an old trick,” said councillor Omar Haddad. Reyes, he said, “knows every skipper by name.”");
        Extract.Quote(r, "knows every").Speaker.ShouldBe("Omar Haddad");
    }
    [Fact]
    public void A_paragraph_closing_on_a_sentence_about_the_speaker_hands_her_the_next_quote()
    {
        var r = Extract.From("Rosa Lind runs the bait shop on the quay.\n\nLind did not need much persuading. “I love this town and its boats.” She also welcomed the chance to teach the Harbour Trust’s new crews.\n\n“They are keen, and they learn fast.”");
        Extract.Quote(r, "They are keen").Speaker.ShouldBe("Rosa Lind");
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_not_who_speaks()
    {
        Extract.From("Speaking at a town hall in Salem, Reyes went after Lind, calling her “a stiff who never sailed a day in his life.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Reyes");
    }

    [Fact]
    public void A_state_before_a_title_belongs_to_the_holder()
    {
        Extract.From("Oregon Sen. Ana Lind also sent a note after the vote, asking readers to “give five dollars now to stop the ferry cuts.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void The_subject_says_what_a_participle_adds_not_the_place_before_it()
    {
        Extract.From("At a rally in Portland, Maine, on Tuesday, Senator Paul Ford backed the plan, saying the harbour would “make a fine port for the whole coast.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Paul Ford");
    }

    [Fact]
    public void A_surname_opening_the_sentence_still_speaks()
    {
        Extract.From("Ford also turned to the budget on Thursday, stating that “the port pays for itself twice over in a good year.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ford");
    }

    [Fact]
    public void An_adverb_opening_the_sentence_is_no_part_of_the_name()
    {
        Extract.From("Interestingly Blocher stated that the party “must take care not to call a vote that everyone loses.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Blocher");
    }

    [Fact]
    public void A_consultant_named_after_the_body_he_works_for_is_what_the_sentence_is_about()
    {
        var r = Extract.From("Mayor Ana Reyes spoke first. “The pier is safe,” she said.\n\nHarbour consultant Tom Belcher, the most senior engineer there, picked up the thread. “The pier is old but sound,” he said.");
        Extract.Quote(r, "The pier is old").Speaker.ShouldBe("Tom Belcher");
    }

    [Fact]
    public void A_description_after_the_verb_gives_way_to_the_name_set_off_after_it()
    {
        Extract.From("“We are anxious,” said another ferry user, Joan Bauer.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Joan Bauer");
    }

    [Fact]
    public void A_name_before_a_role_after_the_verb_is_whom_the_speaker_works_for()
    {
        Extract.From("“The council has not talked with us, and we have not been told anything,” wrote Gazette harbour bureau chief Julia Erhardt.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Julia Erhardt");
    }

    [Fact]
    public void A_body_a_writer_writes_for_is_not_the_writer()
    {
        Extract.From("“The effect of the vote is still small,” wrote Cameron Easton for Harbour Polling.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Cameron Easton");
    }

    [Theory]
    [InlineData("answered")]
    [InlineData("interjected")]
    [InlineData("surmised")]
    [InlineData("barked")]
    public void Less_common_speech_verbs_name_the_speaker(string verb)
    {
        Extract.From($"“The ferry will be late again,” Ana Lind {verb}.")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_name_alone_before_a_colon_labels_the_quote()
    {
        Extract.From("HARBOUR POLL SHOWS A SHIFT - Tom Baker: “The harbour vote has moved ten points in a week and nobody saw it coming.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Baker");
    }

    [Fact]
    public void A_comment_a_speaker_posts_is_a_noun_not_whose_words_these_are()
    {
        Extract.From("Mary Ortiz immediately posted a Twitter comment of her own, saying, “We are so glad to see the new pier open!”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Mary Ortiz");
    }

    [Fact]
    public void A_heading_in_capitals_before_a_dash_is_no_speaker()
    {
        Extract.From("FAREWELL—“The Quay Room to close at the end of the month,” by Ana Lind.")
            .Quotes.ShouldAllBe(q => q.Speaker != "FAREWELL");
    }

    [Fact]
    public void The_writer_in_the_first_person_is_no_name()
    {
        Extract.From("I'm old enough to remember Mayor Tom Reyes going on the radio, telling listeners that “we need to build a second pier.”")
            .Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void A_dateline_in_capitals_is_nobody_who_speaks()
    {
        var r = Extract.From("PORTVILLE — Sen. Ana Lind on Wednesday played down the row over the pier and said it was like calling oneself “a proud sailor.”");
        Extract.Quote(r, "a proud sailor").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_who_clause_after_an_apposition_makes_its_person_the_speaker_a_pronoun_means()
    {
        var r = Extract.From("Tom Reyes was backed by Sen. Ana Lind of Ohio, the top Democrat on the harbour panel, who said none of the letters came from Reyes.\n\n“It never made sense to me that he was blamed,” she said.");
        Extract.Quote(r, "It never made sense").Speaker.ShouldBe("Ana Lind");
    }

    [Fact]
    public void A_who_clause_about_two_people_names_neither()
    {
        var r = Extract.From("Bob Marsh spoke on Monday. He avoided attacking Govs. Tom Reyes and Dan Lind, who say he lacks experience.\n\nHe said the night was “our best night for donations.”");
        Extract.Quote(r, "our best night").Speaker.ShouldBe("Bob Marsh");
    }

    [Fact]
    public void A_surname_that_is_also_a_speech_verb_stays_part_of_the_name()
    {
        var r = Extract.From("The evening featured singers like Will Smyth, Patti Label and Stevie Wonder, who joked, “I have not seen the hall yet.”");
        Extract.Quote(r, "I have not seen").Speaker.ShouldBe("Stevie Wonder");
    }

    [Fact]
    public void A_participle_after_a_noun_after_a_preposition_names_no_speaker()
    {
        var r = Extract.From("The ferry firm announced the sale on Monday, in a memo to employees explaining the deal, “We are now one of the big lines.”");
        Extract.Quote(r, "We are now").Speaker.ShouldNotBe("employees");
    }
}
