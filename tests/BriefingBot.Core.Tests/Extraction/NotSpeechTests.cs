using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Tests.Extraction;

/// <summary>Quotation marks that hold no speech: scare quotes, titles, nicknames, slogans, terms, link texts.</summary>
public sealed class NotSpeechTests
{
    private static IReadOnlyList<ExtractedQuote> Run(string body) => Extract.From(body).Quotes;

    [Fact]
    public void Scare_quotes_get_no_speaker()
    {
        Run("Ana Ortiz said the so-called “reform” would close the quay.").ShouldAllBe(q => q.Speaker == null);
    }

    [Fact]
    public void Title_of_a_work_is_not_speech()
    {
        Run("Ana Ortiz wrote “Legend of the Grey Harbour” in her spare time.").ShouldBeEmpty();
    }

    [Fact]
    public void Nickname_inside_a_name_is_not_speech()
    {
        Run("Thomas “Big Tom” Reyes runs the yard on the north quay.").ShouldBeEmpty();
    }

    [Fact]
    public void Slogan_in_title_case_is_not_speech()
    {
        Run("The crowd held signs reading “Save Our Harbour” outside the hall.").ShouldBeEmpty();
    }

    [Fact]
    public void Term_in_quotation_marks_is_partial_without_a_speaker()
    {
        var q = Run("The board calls the new berths “smart moorings” in its papers.").ShouldHaveSingleItem();
        q.Kind.ShouldBe(QuoteKind.Partial);
        q.Speaker.ShouldBeNull();
    }

    [Fact]
    public void Quoted_link_text_is_not_speech()
    {
        Run("Read more: “Harbour Board Votes On New Crane”").ShouldBeEmpty();
    }

    [Fact]
    public void Few_quoted_words_in_the_writers_sentence_stay_partial()
    {
        var q = Run("Ana Ortiz said the plan was “a good start” for the town.").ShouldHaveSingleItem();
        q.Kind.ShouldBe(QuoteKind.Partial);
    }
}
