using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class TitleFinderTests
{
    private static List<SourceLine> Lines(params string[] lines) =>
        lines.Select((text, i) => new SourceLine(text, i)).ToList();

    [Fact]
    public void First_headline_like_line_is_the_title()
    {
        var (title, titleLines) = TitleFinder.Find(Lines("Harbour reopens after repairs", "The harbour reopened on Monday."), null);

        title.ShouldBe("Harbour reopens after repairs");
        titleLines.ShouldBe([0]);
    }

    [Fact]
    public void Headline_printed_twice_is_kept_once()
    {
        var (title, titleLines) = TitleFinder.Find(
            Lines("Harbour reopens after repairs", "Harbour reopens after repairs", "The harbour reopened on Monday."), null);

        title.ShouldBe("Harbour reopens after repairs");
        titleLines.ShouldBe([0, 1], ignoreOrder: true);
    }

    [Fact]
    public void Breadcrumb_ending_in_the_headline_and_chrome_above_it_are_dropped()
    {
        var (title, titleLines) = TitleFinder.Find(
            Lines("Home Local Harbour reopens after repairs", "Mayor opens new library", "Harbour reopens after repairs", "The harbour reopened on Monday."),
            null);

        title.ShouldBe("Harbour reopens after repairs");
        titleLines.ShouldBe([0, 1, 2], ignoreOrder: true);
    }

    [Fact]
    public void Without_a_headline_the_first_sentence_is_the_title_and_no_line_is_dropped()
    {
        var (title, titleLines) = TitleFinder.Find(Lines("The harbour reopened on Monday. Ships queued outside."), null);

        title.ShouldBe("The harbour reopened on Monday.");
        titleLines.ShouldBeEmpty();
    }

    [Fact]
    public void Long_first_sentence_is_cut_near_120_characters()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("harbour", 40)) + ".";

        var title = TitleFinder.FirstSentence(sentence);

        title.Length.ShouldBeLessThanOrEqualTo(121);
        title.ShouldEndWith("…");
    }

    [Theory]
    [InlineData("Accessibility links")]
    [InlineData("Article Continued Below")]
    [InlineData("Open this photo in gallery A ferry leaves the harbour at dawn")]
    [InlineData("A ferry leaves the harbour at dawn JANE ROE/AFP VIA GETTY IMAGES")]
    [InlineData("harbour-dawn.jpg")]
    [InlineData("date 2024-05 © Island Photos")]
    public void Page_chrome_and_captions_above_the_headline_are_never_the_title(string chrome)
    {
        var (title, _) = TitleFinder.Find(Lines(chrome, "Harbour reopens after repairs", "The harbour reopened on Monday."), null);

        title.ShouldBe("Harbour reopens after repairs");
    }

    [Fact]
    public void Without_a_headline_line_the_words_of_the_address_are_the_title_spelt_as_the_article_spells_them()
    {
        var (title, _) = TitleFinder.Find(
            Lines("The Velmora harbour reopened on Monday after repairs to the pier.", "Crews worked for a month."),
            null,
            "https://news.example/local/velmora-harbour-reopens-after-pier-repairs/a-12345");

        title.ShouldBe("Velmora harbour reopens after pier repairs");
    }

    [Fact]
    public void An_address_without_words_gives_no_title()
    {
        var (title, _) = TitleFinder.Find(Lines("The harbour reopened on Monday after repairs to the pier."), null, "https://news.example/a/123456");

        title.ShouldBe("The harbour reopened on Monday after repairs to the pier.");
    }

    [Theory]
    [InlineData("PORT ADLEY — The harbour reopened on Monday. Crews worked for a month.", "The harbour reopened on Monday.")]
    [InlineData("A St. Adley man rescued a swimmer on Monday. He was praised.", "A St. Adley man rescued a swimmer on Monday.")]
    [InlineData("The U.S. Coast Guard joined the search. It ended at dusk.", "The U.S. Coast Guard joined the search.")]
    public void The_first_sentence_drops_the_dateline_and_does_not_end_at_an_abbreviation(string text, string sentence) =>
        TitleFinder.FirstSentence(text).ShouldBe(sentence);
}
