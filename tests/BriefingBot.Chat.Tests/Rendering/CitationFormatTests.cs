using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Answers;

namespace BriefingBot.Chat.Tests.Rendering;

public sealed class CitationFormatTests
{
    [Fact]
    public void The_context_shows_the_sentence_around_the_quote_with_the_quote_elided() =>
        CitationFormat.Context("We will not need it", "“We will not need it,” the harbour master told the council on Monday.")
            .ShouldBe("“…,” the harbour master told the council on Monday.");

    [Fact]
    public void A_context_that_only_says_who_spoke_in_two_words_is_left_out() =>
        CitationFormat.Context("We will not need it", "“We will not need it,” she said.").ShouldBeNull();

    [Fact]
    public void A_long_context_is_cut_at_a_word()
    {
        var context = CitationFormat.Context("Yes", "“Yes,” " + string.Join(' ', Enumerable.Repeat("the harbour master said again", 20)))!;

        context.Length.ShouldBeLessThanOrEqualTo(281);
        context.ShouldEndWith("…");
        context[^2].ShouldNotBe(' ');
    }

    [Fact]
    public void A_citation_without_a_date_says_undated_and_never_shows_an_empty_field() =>
        CitationFormat.Source(new Citation(1, "Harbour reopens", null, null, "https://t.example/x")).ShouldBe("Harbour reopens · undated");
}
