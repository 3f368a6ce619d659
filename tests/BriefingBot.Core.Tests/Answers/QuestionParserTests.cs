using BriefingBot.Core.Answers;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Answers;

public sealed class QuestionParserTests
{
    private static readonly SpeakerDirectory Speakers = new(
    [
        new Speaker { Id = 1, Name = "Ana Ortiz", Type = SpeakerType.Person, Roles = ["mayor"], Affiliations = ["City Hall"] },
        new Speaker { Id = 2, Name = "Harbour Authority", Type = SpeakerType.Organisation, Roles = ["regulator"] },
        new Speaker { Id = 3, Name = "Tom Reyes", Type = SpeakerType.Person, Roles = ["spokesman"], Affiliations = ["City Hall"] },
        new Speaker { Id = 4, Name = "Port Board", Type = SpeakerType.Organisation },
        new Speaker { Id = 5, Name = "Eva Lund", Type = SpeakerType.Person, Roles = ["chair"], Affiliations = ["Port Board"] },
    ]);

    private static QuestionParser Parser => new(Speakers, new TextAnalyzer(), new AnswerOptions());

    [Theory]
    [InlineData("what did Ortiz say about bans", "Ana Ortiz", "bans")]
    [InlineData("What did Ana Ortiz say about the harbour?", "Ana Ortiz", "harbour")]
    [InlineData("Ortiz on fishing boats", "Ana Ortiz", "fishing boats")]
    [InlineData("quotes from ortiz about schools", "Ana Ortiz", "schools")]
    [InlineData("ortiz schools", "Ana Ortiz", "schools")]
    [InlineData("what did the regulator say about fees", "Harbour Authority", "fees")]
    [InlineData("what did Harbour Authority tell the fishermen", "Harbour Authority", "fishermen")]
    public void The_speaker_and_topic_are_taken_apart(string question, string speaker, string topic)
    {
        var parsed = Parser.Parse(question);

        parsed.Speakers.Select(s => s.Name).ShouldBe([speaker]);
        parsed.Topic.ShouldBe(topic);
    }

    [Fact]
    public void An_affiliation_stands_for_everyone_who_speaks_for_it()
    {
        var parsed = Parser.Parse("what has City Hall said about the pier");

        parsed.Speakers.Select(s => s.Name).ShouldBe(["Ana Ortiz", "Tom Reyes"], ignoreOrder: true);
        parsed.Topic.ShouldBe("pier");
    }

    [Fact]
    public void An_organisation_stands_for_itself_and_the_people_who_speak_for_it()
    {
        var parsed = Parser.Parse("what has the Port Board said about dredging");

        parsed.Speakers.Select(s => s.Name).ShouldBe(["Port Board", "Eva Lund"]);
    }

    [Fact]
    public void A_misspelt_name_is_matched_and_marked_as_guessed()
    {
        var parsed = Parser.Parse("what did ortitz say about rules");

        parsed.Speakers.Single().Name.ShouldBe("Ana Ortiz");
        parsed.SpeakerGuessed.ShouldBeTrue();
    }

    [Fact]
    public void A_name_nobody_knows_is_kept_as_an_unknown_speaker()
    {
        var parsed = Parser.Parse("what did Zorblax say about bans");

        parsed.SpeakerUnknown.ShouldBeTrue();
        parsed.SpeakerText.ShouldBe("Zorblax");
    }

    [Fact]
    public void A_briefing_request_is_a_topic_question()
    {
        var parsed = Parser.Parse("brief me on the harbour strike");

        parsed.IsBriefing.ShouldBeTrue();
        parsed.AsksAboutSpeaker.ShouldBeFalse();
        parsed.Topic.ShouldBe("harbour strike");
    }

    [Fact]
    public void Topic_words_are_stemmed()
    {
        var parsed = Parser.Parse("what did Ortiz say about banning");

        parsed.TopicTerms.ShouldBe(new TextAnalyzer().Terms("ban"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("   ")]
    public void A_question_without_words_is_refused(string question)
    {
        Should.Throw<QuestionException>(() => Parser.Parse(question));
    }

    [Fact]
    public void An_overlong_question_is_refused_with_the_limit()
    {
        Should.Throw<QuestionException>(() => Parser.Parse(new string('x', 301))).Message.ShouldContain("300");
    }
}
