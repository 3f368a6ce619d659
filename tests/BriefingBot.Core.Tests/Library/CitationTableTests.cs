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
}
