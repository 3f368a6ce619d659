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
}
