using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Answers;

/// <summary>Whether one quote's words lie within another's, as the ranking asks of the pairs its measures let through.</summary>
public sealed class QuoteKeysTests
{
    [Fact]
    public void A_quote_lies_within_a_fuller_wording_whatever_its_case_and_punctuation()
    {
        using var keys = new QuoteKeys(Table(Q(1, "The bridge opens in May."), Q(2, "We said it before: the bridge OPENS in may, and it will.")));

        keys.LiesWithin(1, 2).ShouldBeTrue();
        keys.LiesWithin(2, 1).ShouldBeFalse();
    }

    [Fact]
    public void Other_words_and_unknown_quotes_do_not_lie_within()
    {
        using var keys = new QuoteKeys(Table(Q(1, "The bridge opens in May."), Q(2, "The tunnel opens in June.")));

        keys.LiesWithin(1, 2).ShouldBeFalse();
        keys.LiesWithin(1, 99).ShouldBeFalse();
    }

    [Fact]
    public void Keys_written_earlier_stay_right_when_long_quotes_outgrow_the_buffer()
    {
        var padding = string.Join(' ', Enumerable.Repeat("and the ferry runs late", 400));
        using var keys = new QuoteKeys(Table(Q(1, "The bridge opens in May."), Q(2, padding + " the bridge opens in May"), Q(3, padding + " the tunnel too")));

        keys.LiesWithin(1, 2).ShouldBeTrue();
        keys.LiesWithin(1, 3).ShouldBeFalse();
        keys.LiesWithin(1, 2).ShouldBeTrue();
    }

    private static CitationTable Table(params Quote[] quotes) => CitationTable.Build([], quotes);

    private static Quote Q(int id, string text) => new() { Id = id, ArticleId = 1, Text = text, Context = $"“{text}” she said.", Kind = QuoteKind.Full };
}
