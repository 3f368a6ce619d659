using BriefingBot.Core.Articles;
using BriefingBot.Core.Search;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Tests.Storage;

namespace BriefingBot.Core.Tests.Search;

public sealed class QuoteIndexStoreTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void An_index_built_from_the_store_equals_one_kept_in_step_with_every_write()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var live = new QuoteIndex(_analyzer);

        Apply(live, store.SaveArticle(Article("a"), [Quote("The bridge must close", 1), Quote("Boats wait in the harbour", 2)]));
        Apply(live, store.SaveArticle(Article("b"), [Quote("The harbour bridge is old", 1), Quote("Ferries run late")]));
        Apply(live, store.SaveArticle(Article("a"), [Quote("The bridge reopens on Monday", 2)]));
        Apply(live, store.SaveArticle(Article("c"), [Quote("A storm hit the harbour bridge", 3)]));

        var built = QuoteIndex.Build(store.AllQuotes(), _analyzer);

        built.Count.ShouldBe(live.Count);
        foreach (var question in new[] { "bridge", "harbour", "ferry late", "storm bridge harbour", "boats" })
        {
            var terms = _analyzer.Terms(question).Select(t => new WeightedTerm(t, 1.0)).ToList();
            var fromStore = built.Search(terms, top: 10);
            var kept = live.Search(terms, top: 10);
            kept.Select(h => (h.QuoteId, h.ArticleId, h.SpeakerId)).ShouldBe(fromStore.Select(h => (h.QuoteId, h.ArticleId, h.SpeakerId)), question);
            kept.Zip(fromStore).ShouldAllBe(p => Math.Abs(p.First.Score - p.Second.Score) < 1e-9);
        }

        built.QuotesOfSpeaker(1).ShouldBe(live.QuotesOfSpeaker(1));
    }

    private static void Apply(QuoteIndex index, ArticleSaveResult saved)
    {
        foreach (var removed in saved.RemovedQuoteIds)
        {
            index.Remove(removed);
        }

        foreach (var quote in saved.Quotes)
        {
            index.Add(quote);
        }
    }

    private static Article Article(string key) => Sample.Article(url: "https://example.org/" + key, hash: key);

    private static Quote Quote(string text, int? speakerId = null) => Sample.Quote(text, speakerId);
}
