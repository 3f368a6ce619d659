using BriefingBot.Core.Answers;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Answers;

public sealed class AnswerComposerTests : IDisposable
{
    private static readonly DateTimeOffset March = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestLibrary _test = new();

    public AnswerComposerTests()
    {
        _test.AddArticle("Harbour plan approved", March,
            ("We will not ban fishing boats from the harbour, whatever the critics say", "Ana Ortiz"),
            ("The budget for the new pier is already spent twice over", "Luis Ferro"));
        _test.AddArticle("Ortiz defends schools budget", March.AddDays(5),
            ("Every school in the district will get new roofs this summer", "Ana Ortiz"));
    }

    private AnswerComposer Composer => new(_test.Library, new AnswerOptions());

    public void Dispose() => _test.Dispose();

    [Fact]
    public void A_speaker_and_topic_question_cites_that_speakers_words_on_it()
    {
        var answer = Composer.Ask("what did Ortiz say about bans");

        answer.Quotes[0].Text.ShouldStartWith("We will not ban fishing boats");
        answer.Quotes[0].Speaker.ShouldBe("Ana Ortiz");
        answer.Quotes[0].Citation.Title.ShouldBe("Harbour plan approved");
        answer.Quotes[0].Citation.Url.ShouldBe("https://news.example/1");
    }

    [Fact]
    public void Another_persons_words_never_answer_for_the_speaker_asked_about()
    {
        var answer = Composer.Ask("what did Ortiz say about the pier budget");

        answer.Quotes.ShouldAllBe(q => q.Speaker == "Ana Ortiz");
    }

    [Fact]
    public void A_speaker_with_nothing_on_the_topic_gets_a_plain_no_and_their_other_topics()
    {
        var answer = Composer.Ask("what did Ferro say about schools");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("nothing from Luis Ferro on schools");
        answer.Suggestions.ShouldNotBeEmpty();
    }

    [Fact]
    public void The_topics_offered_are_the_words_most_of_the_speakers_quotes_share()
    {
        _test.AddArticle("Ferro on the port", March.AddDays(8),
            ("The harbour budget pays for dredging, and dredging is overdue", "Luis Ferro"),
            ("Dredging the harbour again costs less than a new channel", "Luis Ferro"));

        var answer = Composer.Ask("what did Ferro say about schools");

        // "budget", "dredging" and "harbour" are each in two of his three quotes (ties go by term), then words of one quote
        // by term ("again" says nothing about a topic).
        answer.Suggestions.ShouldBe(["budget", "dredging", "harbour", "already"]);
    }

    [Fact]
    public void The_topics_offered_follow_the_speakers_new_quotes()
    {
        var composer = Composer;
        composer.Ask("what did Ferro say about schools").Suggestions.ShouldNotContain("lighthouse");

        _test.AddArticle("Ferro on the coast", March.AddDays(9),
            ("The lighthouse keepers deserve better pay", "Luis Ferro"),
            ("Every lighthouse on this coast needs repairs", "Luis Ferro"));

        composer.Ask("what did Ferro say about schools").Suggestions[0].ShouldBe("lighthouse");
    }

    [Fact]
    public void An_unknown_speaker_gets_a_plain_no()
    {
        var answer = Composer.Ask("what did Zorblax say about bans");

        answer.Quotes.ShouldBeEmpty();
        answer.Message!.ShouldContain("no quotes from zorblax");
    }

    [Fact]
    public void A_misspelt_name_still_finds_the_speaker()
    {
        var answer = Composer.Ask("what did Ortitz say about roofs");

        answer.Quotes.ShouldNotBeEmpty();
        answer.Quotes[0].Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void A_speaker_only_question_lists_their_quotes_newest_first()
    {
        var answer = Composer.Ask("what did Ana Ortiz say");

        answer.Quotes.Count.ShouldBe(2);
        answer.Quotes[0].Text.ShouldStartWith("Every school");
    }

    [Fact]
    public void A_related_topic_word_finds_the_quote()
    {
        var answer = Composer.Ask("Ortiz on prohibiting boats");

        answer.Quotes[0].Text.ShouldStartWith("We will not ban");
    }

    [Fact]
    public void A_briefing_gives_quotes_and_the_articles_behind_them()
    {
        var answer = Composer.Brief("harbour plan");

        answer.Quotes.ShouldNotBeEmpty();
        answer.Summaries[0].Citation.Title.ShouldBe("Harbour plan approved");
    }

    [Fact]
    public void Paging_continues_where_the_first_page_stopped()
    {
        var first = Composer.Ask("what did Ana Ortiz say", limit: 1);
        var second = Composer.Ask("what did Ana Ortiz say", limit: 1, offset: 1);

        first.HasMore.ShouldBeTrue();
        second.Quotes.Single().QuoteId.ShouldNotBe(first.Quotes.Single().QuoteId);
        second.HasMore.ShouldBeFalse();
    }

    [Fact]
    public void The_pages_of_a_topic_answer_are_the_one_long_answer_cut_into_pieces()
    {
        // Several speakers and articles on one topic, so that spreading them out re-orders the quotes.
        for (var a = 0; a < 4; a++)
        {
            _test.AddArticle($"Ferry timetable, part {a}", March.AddDays(10 + a),
                ($"The ferry timetable change number {a} helps commuters a great deal", "Ana Ortiz"),
                ($"The ferry timetable is a mess again this week, season {a}", "Luis Ferro"),
                ($"Nobody asked the ferry crews about timetable {a} before it changed", "Marta Solis"));
        }

        var whole = Composer.Ask("what has been said about the ferry timetable", limit: 12).Quotes.Select(q => q.QuoteId).ToList();
        var paged = Enumerable.Range(0, 4)
            .SelectMany(page => Composer.Ask("what has been said about the ferry timetable", limit: 3, offset: page * 3).Quotes)
            .Select(q => q.QuoteId)
            .ToList();

        whole.Count.ShouldBe(12);
        paged.ShouldBe(whole);
    }
}
