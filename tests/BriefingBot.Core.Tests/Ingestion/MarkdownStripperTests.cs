using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class MarkdownStripperTests
{
    [Fact]
    public void First_level_one_heading_becomes_the_heading_not_a_line()
    {
        var text = MarkdownStripper.Strip("# Harbour reopens\n\nThe harbour reopened.");

        text.Heading.ShouldBe("Harbour reopens");
        text.Lines.Select(l => l.Text).ShouldBe(["The harbour reopened."]);
    }

    [Fact]
    public void Bold_and_italic_marks_are_removed() =>
        MarkdownStripper.Inline("The **new** quay is *very* long").ShouldBe("The new quay is very long");

    [Fact]
    public void Links_keep_their_text() =>
        MarkdownStripper.Inline("By [Example Agency](https://agency.example/)").ShouldBe("By Example Agency");

    [Fact]
    public void Autolinks_keep_their_url() =>
        MarkdownStripper.Inline("<https://news.example/story>").ShouldBe("https://news.example/story");

    [Fact]
    public void Images_are_removed() =>
        MarkdownStripper.Inline("![The quay at dawn](https://img.example/q.jpg)The quay opened.").ShouldBe("The quay opened.");

    [Fact]
    public void Caption_with_bold_credit_is_dropped()
    {
        var text = MarkdownStripper.Strip("Cranes stand idle at the quay. **Jane Roe / Example Images**\n\nThe harbour reopened.");

        text.Lines.Select(l => l.Text).ShouldBe(["The harbour reopened."]);
    }

    [Fact]
    public void Curly_quotes_and_dashes_are_kept_verbatim() =>
        MarkdownStripper.Inline("“We’re ready — finally,” she said.").ShouldBe("“We’re ready — finally,” she said.");
}
