using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class CitationTableTests
{
    [Fact]
    public void An_articles_quotes_are_listed_in_id_order_and_kept_in_step_after_the_first_look()
    {
        static Quote Said(int id, int articleId) => new() { Id = id, ArticleId = articleId, Text = $"words {id}", Context = $"“words {id},” she said." };
        var table = CitationTable.Build([], [Said(3, 1), Said(1, 1), Said(2, 2)]);

        table.QuotesOfArticle(1).ShouldBe([1, 3]);

        table.AddQuote(Said(2, 1));
        table.AddQuote(Said(4, 1));
        table.RemoveQuote(3);

        table.QuotesOfArticle(1).ShouldBe([1, 2, 4]);
        table.QuotesOfArticle(2).ShouldBeEmpty();
    }

    [Fact]
    public void The_quotes_of_some_articles_by_some_speakers_are_read_article_by_article()
    {
        var table = CitationTable.Build([], [By(1, 1, 7), By(2, 1, 8), By(3, 2, 7), By(4, 3, 7), By(5, 2, null), By(6, 2, 9)]);
        table.RemoveQuote(4);
        var found = new List<(int Id, QuotePlace Place)>();

        table.QuotesOfArticlesBy([2, 1, 3], new HashSet<int> { 7, 9 }, found);

        found.ShouldBe([(3, new QuotePlace(2, QuoteKind.Full, 7)), (6, new QuotePlace(2, QuoteKind.Full, 9)), (1, new QuotePlace(1, QuoteKind.Full, 7))]);
    }

    [Fact]
    public void The_places_of_quotes_that_exist_are_read_and_the_rest_skipped()
    {
        var table = CitationTable.Build([], [By(1, 1, 7), By(2, 3, null)]);
        var found = new List<(int Id, QuotePlace Place)>();

        table.PlacesOf([2, 99, 1, -1], found);

        found.ShouldBe([(2, new QuotePlace(3, QuoteKind.Full, null)), (1, new QuotePlace(1, QuoteKind.Full, 7))]);
    }

    private static Quote By(int id, int articleId, int? speakerId) =>
        new() { Id = id, ArticleId = articleId, SpeakerId = speakerId, Text = $"words {id}", Context = $"“words {id},” one said." };
}
