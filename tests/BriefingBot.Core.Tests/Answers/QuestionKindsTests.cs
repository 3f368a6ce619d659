using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Answers;

/// <summary>Each kind of question, answered from a small library of made-up articles.</summary>
public sealed class QuestionKindsTests : IDisposable
{
    private static readonly DateTimeOffset June = new(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TestLibrary _test = new();
    private int _articles;

    public QuestionKindsTests()
    {
        Add("Port Adley council votes on ferry fares",
            ("The ferry fare rise will hurt every family on the island, and we will fight it", "Jon Brask",
                "“The ferry fare rise will hurt every family on the island, and we will fight it,” said Port Adley Mayor Jon Brask.",
                new SpeakerFact("Jon Brask", SpeakerType.Person, "mayor")),
            ("Our ferries lose money on every crossing and fares must cover the fuel", "Velmora Lines",
                "“Our ferries lose money on every crossing and fares must cover the fuel,” Velmora Lines said in a statement.",
                new SpeakerFact("Velmora Lines", SpeakerType.Organisation)),
            ("Nobody asked the islanders before the ferry fares went up", "MP Tova Lind",
                "“Nobody asked the islanders before the ferry fares went up,” said MP Tova Lind.",
                new SpeakerFact("MP Tova Lind", SpeakerType.Person)));
        Add("School repairs delayed again",
            ("The toilets in the east wing have been broken since the spring term", "Ines Garay",
                "“The toilets in the east wing have been broken since the spring term,” said parent Ines Garay.",
                new SpeakerFact("Ines Garay", SpeakerType.Person)),
            ("Repairs to the gym roof will start after the summer", "Jon Brask",
                "“Repairs to the gym roof will start after the summer,” Brask said.", null));
        Add("Ferry operator answers critics",
            ("The ferry fare rise will hurt every family on the island, and we will fight it", "Jon Brask",
                "“The ferry fare rise will hurt every family on the island, and we will fight it,” Brask said again.", null),
            ("a fair deal", "Ines Garay", "Garay called it “a fair deal”.", null),
            ("Islanders deserve a fair deal on fares and a timetable that they can rely on", "Ines Garay",
                "“Islanders deserve a fair deal on fares and a timetable that they can rely on,” Garay said.", null));
    }

    private void AddCoachAndHarbourArticles()
    {
        Add("Island coach Arlo Penn waits for a kidney donor",
            ("he hoped the video would help Penn find a kidney donor soon", QuoteKind.Reported, "Dara Voss",
                "Voss said he hoped the video would help Penn find a kidney donor soon.", new SpeakerFact("Dara Voss", SpeakerType.Person)),
            ("He is such a kind man and he never once let us see how ill he was", QuoteKind.Full, "Dara Voss",
                "“He is such a kind man and he never once let us see how ill he was,” Voss said.", null));
        Add("Harbour dredging contract awarded",
            ("The dredging contract went to the lowest bidder after a fair tender", QuoteKind.Full, "a harbour official",
                "“The dredging contract went to the lowest bidder after a fair tender,” a harbour official said.", null));
    }

    [Fact]
    public void A_speakers_own_words_in_an_article_about_the_topic_rank_above_a_paraphrase_that_names_it()
    {
        AddCoachAndHarbourArticles();

        var answer = Composer.Ask("what did Dara Voss say about Arlo Penn");

        answer.Quotes[0].Text.ShouldStartWith("He is such a kind man");
    }

    [Fact]
    public void A_bare_name_and_topic_finds_the_speakers_words_in_an_article_about_the_topic_and_says_so()
    {
        AddCoachAndHarbourArticles();

        var answer = Composer.Ask("Voss kidney donor");

        answer.Quotes.ShouldNotBeEmpty();
        answer.Quotes.ShouldAllBe(q => q.Speaker == "Dara Voss");
    }

    private void AddIslandGovernmentArticle() =>
        Add("Island crossings to get more money",
            ("The islands will not be forgotten by this government", "Daniel Hart",
                "“The islands will not be forgotten by this government,” Prime Minister Daniel Hart said.",
                new SpeakerFact("Daniel Hart", SpeakerType.Person, "prime minister")),
            ("The state will pay for two more crossings every summer", "Janet Meyer",
                "“The state will pay for two more crossings every summer,” said Velmora Governor Janet Meyer.",
                new SpeakerFact("Janet Meyer", SpeakerType.Person, "governor")),
            ("We cannot run a full timetable on half a pier", "Tom Reyes",
                "“We cannot run a full timetable on half a pier,” Harbour master Tom Reyes said.",
                new SpeakerFact("Tom Reyes", SpeakerType.Person)));

    [Theory]
    [InlineData("what did the Velmora premier say about the islands")]
    [InlineData("what did the premier say about the islands")]
    public void A_role_nobody_was_introduced_in_finds_nobody_rather_than_a_synonyms_holder(string question)
    {
        AddIslandGovernmentArticle();

        var answer = Composer.Ask(question);

        answer.Quotes.ShouldBeEmpty();
        answer.Speakers.ShouldNotContain("Daniel Hart");
    }

    [Fact]
    public void A_first_name_before_a_known_surname_is_not_taken_for_a_title()
    {
        AddIslandGovernmentArticle();

        var answer = Composer.Ask("what has Lena Reyes said about the pier");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("no quotes from Lena Reyes");
    }

    [Theory]
    [InlineData("what did the harbour master say about the pier", "Tom Reyes")]
    [InlineData("What did Harbour master Tom Reyes say about the pier?", "Tom Reyes")]
    [InlineData("what did the governor of Velmora say about crossings", "Janet Meyer")]
    [InlineData("what has Harbour Master Reyes said about the pier", "Tom Reyes")]
    [InlineData("Harbour master Tom Reyes pier", "Tom Reyes")]
    public void A_title_before_a_name_resolves_to_that_person_and_no_one_with_a_related_title(string question, string speaker)
    {
        AddIslandGovernmentArticle();

        var answer = Composer.Ask(question);

        answer.Speakers.ShouldBe([speaker]);
        answer.Quotes[0].Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void A_briefing_leads_with_the_first_quotes_of_the_article_about_the_topic()
    {
        Add("Storm leaves the island without power",
            ("Crews will work through the night until every home has light again", "Lena Ruiz",
                "“Crews will work through the night until every home has light again,” said Lena Ruiz of Velmora Power.",
                new SpeakerFact("Lena Ruiz", SpeakerType.Person, "spokeswoman")),
            ("We lost everything in the freezer and nobody can tell us when it comes back", "Otto Sand",
                "“We lost everything in the freezer and nobody can tell us when it comes back,” said resident Otto Sand.",
                new SpeakerFact("Otto Sand", SpeakerType.Person)),
            ("The storm was the worst we have seen in thirty years on this coast", "Mira Holt",
                "“The storm was the worst we have seen in thirty years on this coast,” said forecaster Mira Holt.",
                new SpeakerFact("Mira Holt", SpeakerType.Person, "forecaster")));

        var answer = Composer.Ask("what's the latest on the island storm");

        answer.Quotes.Take(3).Select(q => q.Speaker).ShouldContain("Lena Ruiz");
        answer.Quotes.Take(3).ShouldAllBe(q => q.Citation.Title == "Storm leaves the island without power");
    }

    [Fact]
    public void An_organisation_speaks_through_the_spokespeople_the_articles_only_describe()
    {
        Add("Velmora Lines drops the night ferry",
            ("The night sailing has carried fewer than ten people a week since the spring", "a Velmora Lines spokesperson",
                "“The night sailing has carried fewer than ten people a week since the spring,” a Velmora Lines spokesperson said.", null),
            ("We were never asked about the night ferry", "a former Velmora Lines captain",
                "“We were never asked about the night ferry,” a former Velmora Lines captain said.", null));

        var answer = Composer.Ask("what did Velmora Lines say about the night ferry");

        answer.Quotes[0].Text.ShouldStartWith("The night sailing");
        answer.Quotes.ShouldNotContain(q => q.Text.StartsWith("We were never asked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_described_organisation_asked_for_with_a_place_the_article_did_not_give_is_found_by_its_name()
    {
        Add("Envoy protests over fishing fleet",
            ("The seizure of our boats is a breach of every treaty between us", "the Norland embassy",
                "“The seizure of our boats is a breach of every treaty between us,” the Norland embassy said in a statement.", null));

        var answer = Composer.Ask("what did the Norland embassy in Port Adley say about the boats");

        answer.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("the Norland embassy");
    }

    [Fact]
    public void An_organisation_asked_for_with_its_place_is_the_organisation()
    {
        var answer = Composer.Ask("what has Velmora Lines in Port Adley said about fuel");

        answer.Speakers.ShouldContain("Velmora Lines");
        answer.Quotes[0].Speaker.ShouldBe("Velmora Lines");
    }

    [Fact]
    public void A_role_finds_quotes_whose_speaker_an_article_only_described_so()
    {
        AddCoachAndHarbourArticles();

        var answer = Composer.Ask("what did the harbour official say about the dredging contract");

        answer.Quotes.ShouldHaveSingleItem().Speaker.ShouldBe("a harbour official");
    }

    [Fact]
    public void A_topic_answer_puts_a_quote_from_the_article_about_the_topic_before_a_passing_mention()
    {
        Add("Island ferry timetable to change for the winter",
            ("Crews need their rest, so the first sailing will leave an hour later", "Pell Arnow",
                "“Crews need their rest, so the first sailing will leave an hour later,” said Pell Arnow, who drew up the new ferry timetable.",
                new SpeakerFact("Pell Arnow", SpeakerType.Person, "planner")));

        var answer = Composer.Ask("what has been said about the ferry timetable");

        answer.Quotes[0].Citation.Title.ShouldBe("Island ferry timetable to change for the winter");
    }

    private AnswerComposer Composer => new(_test.Library, new AnswerOptions());

    public void Dispose() => _test.Dispose();

    [Fact]
    public void A_name_outside_a_speaker_slot_is_part_of_the_topic()
    {
        var answer = Composer.Ask("why are Velmora Lines ferries losing money");

        answer.Speakers.ShouldBeEmpty();
        answer.Quotes.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_topic_question_answers_with_quotes_from_different_speakers_first()
    {
        var answer = Composer.Ask("what has been said about ferry fares");

        answer.Speakers.ShouldBeEmpty();
        answer.Quotes.Take(3).Select(q => q.Speaker).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void An_unknown_name_in_a_speaker_slot_gets_a_plain_no_and_nobody_elses_words()
    {
        var answer = Composer.Ask("Mira Quell on ferry fares");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("no quotes from Mira Quell");
    }

    [Fact]
    public void A_shared_surname_with_another_first_name_is_another_person()
    {
        var answer = Composer.Ask("what did Sara Brask say about ferry fares");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("no quotes from Sara Brask");
    }

    [Fact]
    public void Nobody_in_the_speaker_slot_makes_a_topic_question()
    {
        var answer = Composer.Ask("what did nobody say about ferry fares");

        answer.Speakers.ShouldBeEmpty();
        answer.Quotes.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_name_matches_the_fuller_name_an_article_gave()
    {
        var answer = Composer.Ask("what did Tova Lind say about the islanders");

        answer.Quotes.Single().Speaker.ShouldBe("MP Tova Lind");
    }

    [Theory]
    [InlineData("what did the mayor of Port Adley say about ferry fares")]
    [InlineData("what has Port Adley's mayor said about ferry fares")]
    public void A_role_resolves_to_the_person_the_articles_introduced_in_it(string question)
    {
        var answer = Composer.Ask(question);

        answer.Speakers.ShouldBe(["Jon Brask"]);
        answer.Quotes[0].Speaker.ShouldBe("Jon Brask");
    }

    [Fact]
    public void A_role_named_in_the_sentence_before_a_quote_is_the_quoted_persons()
    {
        Add("Ferry subsidy row", ["The ferry operator says the subsidy would pay for a second boat. That is a claim the Velmora premier did not accept."],
            ("We will not pay twice for one crossing", QuoteKind.Full, "Ana Lind",
                "“We will not pay twice for one crossing,” Ana Lind told reporters on Thursday.", new SpeakerFact("Ana Lind", SpeakerType.Person)));

        var answer = Composer.Ask("what did the Velmora premier say about the crossing");

        answer.Speakers.ShouldBe(["Ana Lind"]);
        answer.Quotes.ShouldHaveSingleItem().Text.ShouldStartWith("We will not pay");
    }

    [Fact]
    public void A_word_english_knows_is_not_read_as_a_misspelling_of_an_indexed_one()
    {
        Add("Pier lift out of order",
            ("The lift on the north pier has not worked for a month", "Ines Garay",
                "“The lift on the north pier has not worked for a month,” said Ines Garay.", null));

        var answer = Composer.Ask("why were the toilets left broken");

        answer.Quotes[0].Text.ShouldContain("toilets");
        answer.Quotes.ShouldNotContain(q => q.Text.Contains("lift"));
    }

    [Fact]
    public void A_topic_word_matches_the_irregular_plural_of_its_synonym()
    {
        Add("Island school bus cut",
            ("Our children now walk two miles to school in the rain", "Ines Garay",
                "“Our children now walk two miles to school in the rain,” said Ines Garay.", null));

        var answer = Composer.Ask("what did Ines Garay say about the kids");

        answer.Quotes[0].Text.ShouldContain("children");
    }

    [Fact]
    public void A_misspelt_topic_word_matches_the_indexed_word_it_is_closest_to()
    {
        var answer = Composer.Ask("what has been said about the ferry fars");

        answer.Quotes.ShouldNotBeEmpty();
        answer.Quotes.ShouldAllBe(q => q.Text.Contains("far", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_topic_word_matches_its_general_english_synonym()
    {
        var answer = Composer.Ask("what did Ines Garay say about the lavatories");

        answer.Quotes[0].Text.ShouldContain("toilets");
    }

    [Fact]
    public void A_speaker_with_nothing_on_the_topic_gets_one_line_and_what_they_spoke_about()
    {
        var answer = Composer.Ask("what did Tova Lind say about the gym roof");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("nothing from MP Tova Lind on gym roof");
        answer.Suggestions.ShouldNotBeEmpty();
    }

    [Fact]
    public void Identical_quotes_from_two_articles_are_shown_once_with_both_sources()
    {
        var answer = Composer.Ask("what did Jon Brask say about the ferry fare rise");

        answer.Quotes.Count(q => q.Text.StartsWith("The ferry fare rise", StringComparison.Ordinal)).ShouldBe(1);
        answer.Quotes[0].AlsoIn.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_full_quote_ranks_above_a_short_fragment_of_the_same_speaker()
    {
        var answer = Composer.Ask("what did Ines Garay say about a fair deal");

        answer.Quotes[0].Text.ShouldStartWith("Islanders deserve");
    }

    [Fact]
    public void A_typed_query_answers_as_the_question_it_stands_for_and_pages()
    {
        var typed = Composer.Answer(AnswerQuery.From("Jon Brask") with { Limit = 1 });
        var asked = Composer.Ask("quotes from Jon Brask", limit: 1);
        var next = Composer.Answer(AnswerQuery.From("Jon Brask").Page(1, limit: 1));

        typed.Quotes.Select(q => q.QuoteId).ShouldBe(asked.Quotes.Select(q => q.QuoteId));
        next.Quotes.Single().QuoteId.ShouldNotBe(typed.Quotes.Single().QuoteId);
        typed.HasMore.ShouldBeTrue();
    }

    [Fact]
    public void Free_text_is_read_into_a_query_with_the_speaker_slot_and_topic()
    {
        var query = Composer.Read("what did the mayor of Port Adley say about ferries");

        query.Who.ShouldBe(new SpeakerAsk("the mayor of Port Adley", SpeakerAskKind.Role));
        query.TopicText.ShouldBe("ferries");
    }

    private void Add(string title, params (string Text, string Speaker, string Context, SpeakerFact? Fact)[] quotes) =>
        Add(title, quotes.Select(q => (q.Text, q.Text.Split(' ').Length < 5 ? QuoteKind.Partial : QuoteKind.Full, q.Speaker, q.Context, q.Fact)).ToArray());

    // A speaker starting "a ", "an " or "the " is one the article only described: the quote has no known speaker.
    private void Add(string title, params (string Text, QuoteKind Kind, string Speaker, string Context, SpeakerFact? Fact)[] quotes) =>
        Add(title, [], quotes);

    // As above, the article opening with paragraphs that quote nobody.
    private void Add(string title, string[] narrative, params (string Text, QuoteKind Kind, string Speaker, string Context, SpeakerFact? Fact)[] quotes)
    {
        _articles++;
        var items = quotes.Select(q => (Quote: new Quote
        {
            Text = q.Text,
            Length = q.Text.Length,
            Kind = q.Kind,
            Attribution = AttributionKind.Explicit,
            Confidence = 0.95,
            Context = q.Context,
        }, SpeakerName: Described(q.Speaker) ? null : (string?)q.Speaker)).ToList();
        _test.Library.AssignSpeakers(quotes.Select(q => q.Fact).OfType<SpeakerFact>().ToList(), items);
        foreach (var (item, asked) in items.Zip(quotes))
        {
            if (Described(asked.Speaker))
            {
                item.Quote.Speaker = asked.Speaker;
                item.Quote.SpeakerRole = asked.Speaker[(asked.Speaker.IndexOf(' ') + 1)..];
                item.Quote.SpeakerKind = SpeakerKind.Description;
            }
        }

        var body = string.Join("\n\n", narrative.Concat(quotes.Select(q => q.Context)));
        foreach (var (item, _) in items)
        {
            item.Start = Math.Max(0, body.IndexOf(item.Text, StringComparison.Ordinal));
        }

        var article = new Article
        {
            Title = title,
            Body = body,
            Url = $"https://islands.example/{_articles}",
            Outlet = "Island Courier",
            PublishedAt = June.AddDays(_articles),
            ContentHash = $"kinds-{_articles}",
            IngestedAt = June,
        };
        _test.Library.Save(article, items.Select(i => i.Quote).ToList());
    }

    private static bool Described(string speaker) =>
        speaker.StartsWith("a ", StringComparison.Ordinal) || speaker.StartsWith("an ", StringComparison.Ordinal) || speaker.StartsWith("the ", StringComparison.Ordinal);
}
