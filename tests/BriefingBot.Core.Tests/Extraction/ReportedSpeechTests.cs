using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Indirect speech without quotation marks, kept as the writer's summary of what someone said.</summary>
public sealed class ReportedSpeechTests
{
    private static IReadOnlyList<ExtractedQuote> Reported(string body) =>
        Extract.From(body).Quotes.Where(q => q.Kind == QuoteKind.Reported).ToList();

    [Fact]
    public void Said_that_clause_is_reported_speech_of_the_named_speaker()
    {
        var q = Reported("Harbour Commissioner Ana Ortiz said that the quay would be rebuilt by next year.").ShouldHaveSingleItem();
        q.Speaker.ShouldBe("Ana Ortiz");
        q.Text.ShouldBe("the quay would be rebuilt by next year");
    }

    [Fact]
    public void Said_with_a_time_phrase_before_that_is_reported_speech()
    {
        Reported("Ana Ortiz said on Monday that the quay would be rebuilt by next year.").ShouldHaveSingleItem().Text.ShouldBe("the quay would be rebuilt by next year");
    }

    [Fact]
    public void Said_without_that_is_reported_speech()
    {
        Reported("Ana Ortiz said the quay would be rebuilt by next year.").ShouldHaveSingleItem().Text.ShouldBe("the quay would be rebuilt by next year");
    }

    [Fact]
    public void Clause_before_a_closing_speaker_and_verb_is_reported_speech()
    {
        var q = Reported("The quay will be rebuilt by the end of next year, Ana Ortiz said.").ShouldHaveSingleItem();
        q.Text.ShouldBe("The quay will be rebuilt by the end of next year");
        q.Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Told_reporters_that_clause_is_reported_speech()
    {
        Reported("Ana Ortiz told reporters that the quay would be rebuilt by next year.").ShouldHaveSingleItem().Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void Sentence_with_a_direct_quote_gives_no_reported_speech()
    {
        Reported("Ana Ortiz said the quay was “a disgrace to the whole town and its people.”").ShouldBeEmpty();
    }

    [Fact]
    public void Verb_with_an_object_is_not_reported_speech()
    {
        Reported("Ana Ortiz wrote a long report on the state of the quay last year.").ShouldBeEmpty();
    }

    [Fact]
    public void Unsure_speaker_gives_no_reported_speech()
    {
        Reported("The quay has been closed since March. They said the boats would not come back this year.").ShouldBeEmpty();
    }

    [Fact]
    public void Group_speaker_gives_no_reported_speech()
    {
        Reported("Officials said the quay would be rebuilt by the end of next year.").ShouldBeEmpty();
    }
}
