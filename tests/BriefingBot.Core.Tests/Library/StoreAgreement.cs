using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Library;

/// <summary>Checks that a library's indexes and citations say exactly what indexes built afresh from its store would say.</summary>
internal static class StoreAgreement
{
    public static void AssertInStep(BriefingLibrary library, IEnumerable<string> questions)
    {
        var stored = library.Store.AllQuotes().ToList();
        library.Citations.QuoteCount.ShouldBe(stored.Count);
        foreach (var quote in stored)
        {
            library.Citations.Quote(quote.Id).ShouldBe(new QuoteCard(
                quote.Id, quote.ArticleId, quote.Text, quote.Kind, quote.SpeakerId, quote.Speaker, quote.SpeakerRole, quote.Confidence, quote.Context));
        }

        foreach (var article in library.Store.ListArticles())
        {
            var card = library.Citations.Article(article.Id)!;
            (card.Title, card.Outlet, card.PublishedAt, card.Url).ShouldBe((article.Title, article.Outlet, article.PublishedAt, article.Url));
            card.Summary.ShouldBe(string.IsNullOrWhiteSpace(article.Summary) ? CitationTable.Lead(article.Body) : article.Summary);
        }

        var quotes = QuoteIndex.Build(library.Store.AllQuotes(), library.Analyzer);
        var articles = ArticleIndex.Build(library.Store.ListArticles(), library.Analyzer);
        library.Quotes.Count.ShouldBe(quotes.Count);
        library.Articles.Count.ShouldBe(articles.Count);
        foreach (var speaker in stored.Select(q => q.SpeakerId).OfType<int>().Distinct())
        {
            library.Quotes.QuotesOfSpeaker(speaker).Order().ShouldBe(quotes.QuotesOfSpeaker(speaker).Order());
        }

        foreach (var question in questions)
        {
            var terms = Terms(library.Analyzer, question);
            Ids(library.Quotes.Search(terms, 20)).ShouldBe(Ids(quotes.Search(terms, 20)), question);
            library.Articles.Search(terms, 20).Select(h => h.ArticleId).ShouldBe(articles.Search(terms, 20).Select(h => h.ArticleId), question);
        }
    }

    public static List<WeightedTerm> Terms(TextAnalyzer analyzer, string text) => analyzer.Terms(text).Select(t => new WeightedTerm(t, 1.0)).ToList();

    private static IEnumerable<(int, int)> Ids(IReadOnlyList<QuoteHit> hits) => hits.Select(h => (h.QuoteId, h.ArticleId));
}
