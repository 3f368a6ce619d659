using BriefingBot.Core.Articles;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class ArticleIndexTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void A_title_match_outranks_a_body_match()
    {
        var index = new ArticleIndex(_analyzer);
        index.Add(new Article { Id = 1, Title = "Harbour news", Body = "The lighthouse keeper retired after forty years." });
        index.Add(new Article { Id = 2, Title = "Lighthouse keeper retires", Body = "The harbour news team said goodbye after forty years." });

        index.Search(Query("lighthouse"), top: 2).Select(h => h.ArticleId).ShouldBe([2, 1]);
    }

    [Fact]
    public void A_summary_makes_an_article_findable()
    {
        var index = new ArticleIndex(_analyzer);
        var article = new Article { Id = 1, Title = "Council meeting", Body = "Members met on Tuesday." };
        index.Add(article);
        index.Search(Query("budget"), top: 5).ShouldBeEmpty();

        article.Summary = "The council cut the budget.";
        index.Add(article);

        index.Count.ShouldBe(1);
        index.Search(Query("budget"), top: 5).Single().ArticleId.ShouldBe(1);
    }

    [Fact]
    public void Removed_articles_are_not_found()
    {
        var index = ArticleIndex.Build([new Article { Id = 1, Title = "Lighthouse" }, new Article { Id = 2, Title = "Lighthouse again" }], _analyzer);

        index.Remove(1);

        index.Search(Query("lighthouse"), top: 5).Select(h => h.ArticleId).ShouldBe([2]);
    }

    private IReadOnlyList<WeightedTerm> Query(string text) => _analyzer.Terms(text).Select(t => new WeightedTerm(t, 1.0)).ToList();
}
