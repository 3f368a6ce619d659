using BriefingBot.Core.Articles;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class QuoteIndexTests
{
    private readonly TextAnalyzer _analyzer = new();

    [Fact]
    public void A_quote_with_the_rarer_term_ranks_first()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "The storm closed the road"));
        index.Add(Q(2, "The storm broke a window"));
        index.Add(Q(3, "The storm flooded the square"));
        index.Add(Q(4, "The ferry left the harbour"));

        var hits = index.Search(Query("storm ferry"), top: 4);

        hits[0].QuoteId.ShouldBe(4);
        hits.Count.ShouldBe(4);
    }

    [Fact]
    public void More_occurrences_rank_higher_at_equal_length()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "ferry ferry harbour"));
        index.Add(Q(2, "ferry harbour harbour"));

        index.Search(Query("ferry"), top: 2).Select(h => h.QuoteId).ShouldBe([1, 2]);
    }

    [Fact]
    public void Words_in_the_quote_count_more_than_words_only_in_its_context()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "We close the bridge tonight", context: "The mayor spoke about the ferry."));
        index.Add(Q(2, "We close the ferry tonight", context: "The mayor spoke about the bridge."));

        index.Search(Query("ferry"), top: 2).Select(h => h.QuoteId).ShouldBe([2, 1]);
    }

    [Fact]
    public void Context_words_already_in_the_quote_are_not_counted_twice()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "ferry delays ahead", context: "ferry"));
        index.Add(Q(2, "ferry delays ahead", context: ""));

        var hits = index.Search(Query("ferry"), top: 2);

        hits[0].Score.ShouldBe(hits[1].Score);
    }

    [Fact]
    public void Equal_scores_put_the_newer_quote_first()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(5, "bridge repairs"));
        index.Add(Q(9, "bridge repairs"));
        index.Add(Q(7, "bridge repairs"));

        index.Search(Query("bridge"), top: 3).Select(h => h.QuoteId).ShouldBe([9, 7, 5]);
    }

    [Fact]
    public void The_speaker_filter_keeps_only_those_speakers_quotes()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "The bridge must close", speakerId: 10));
        index.Add(Q(2, "The bridge can stay open", speakerId: 20));
        index.Add(Q(3, "Nobody knows about the bridge"));

        var hits = index.Search(Query("bridge"), top: 10, speakerIds: new HashSet<int> { 20 });

        hits.ShouldBe([hits[0] with { QuoteId = 2, ArticleId = 100, SpeakerId = 20 }]);
    }

    [Fact]
    public void Speaker_names_are_not_searchable()
    {
        var index = new QuoteIndex(_analyzer);
        var quote = Q(1, "The bridge must close", speakerId: 10);
        quote.Speaker = "Jane Mayor";
        index.Add(quote);

        index.Search(Query("Jane Mayor"), top: 5).ShouldBeEmpty();
    }

    [Fact]
    public void Adding_a_quote_again_replaces_it()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "The bridge must close"));

        index.Add(Q(1, "The tunnel must close"));

        index.Count.ShouldBe(1);
        index.Search(Query("bridge"), top: 5).ShouldBeEmpty();
        index.Search(Query("tunnel"), top: 5).Single().QuoteId.ShouldBe(1);
    }

    [Fact]
    public void Removed_quotes_are_not_found()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "The bridge must close"));
        index.Add(Q(2, "The bridge may open"));

        index.Remove(1);

        index.Count.ShouldBe(1);
        index.Search(Query("bridge"), top: 5).Select(h => h.QuoteId).ShouldBe([2]);
    }

    [Fact]
    public void RemoveArticle_removes_all_its_quotes_only()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "bridge one", articleId: 100));
        index.Add(Q(2, "bridge two", articleId: 100));
        index.Add(Q(3, "bridge three", articleId: 200));

        index.RemoveArticle(100);

        index.Search(Query("bridge"), top: 5).Select(h => h.QuoteId).ShouldBe([3]);
    }

    [Fact]
    public void QuotesOfSpeaker_lists_the_speakers_quote_ids()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(3, "one", speakerId: 10));
        index.Add(Q(1, "two", speakerId: 10));
        index.Add(Q(2, "three", speakerId: 20));
        index.Add(Q(1, "two again", speakerId: 20));

        index.QuotesOfSpeaker(10).ShouldBe([3]);
        index.QuotesOfSpeaker(20).ShouldBe([1, 2]);
    }

    [Fact]
    public void Related_terms_count_less_than_the_users_own_words()
    {
        var index = new QuoteIndex(_analyzer);
        index.Add(Q(1, "They will block the harbour"));
        index.Add(Q(2, "They will ban the harbour"));
        var thesaurus = new TopicThesaurus([["ban", "block"]], _analyzer);

        var hits = index.Search(thesaurus.Expand(_analyzer.Terms("ban")), top: 2);

        hits.Select(h => h.QuoteId).ShouldBe([2, 1]);
        hits[1].Score.ShouldBe(hits[0].Score * TopicThesaurus.DefaultRelatedWeight, tolerance: 1e-9);
    }

    [Fact]
    public void Search_over_ten_thousand_quotes_returns_the_expected_order()
    {
        string[] filler = ["anchor", "basket", "candle", "dolphin", "engine", "feather", "garden", "hammer", "island", "jacket",
            "kettle", "ladder", "marble", "needle", "orchard", "pepper", "quarry", "rabbit", "saddle", "tunnel"];
        var random = new Random(42);
        var quotes = new List<Quote>();
        for (var id = 1; id <= 10_000; id++)
        {
            var words = Enumerable.Range(0, 8).Select(_ => filler[random.Next(filler.Length)]).ToArray();
            var lighthouses = id switch { 500 => 3, 1500 => 2, 2500 or 7000 or 8000 => 1, _ => 0 };
            for (var i = 0; i < lighthouses; i++)
            {
                words[i] = "lighthouse";
            }

            quotes.Add(Q(id, string.Join(' ', words), articleId: (id / 10) + 1, context: ""));
        }

        var index = QuoteIndex.Build(quotes, _analyzer);
        var hits = index.Search(Query("lighthouse"), top: 4);

        index.Count.ShouldBe(10_000);
        hits.Select(h => h.QuoteId).ShouldBe([500, 1500, 8000, 7000]);
    }

    private IReadOnlyList<WeightedTerm> Query(string text) => _analyzer.Terms(text).Select(t => new WeightedTerm(t, 1.0)).ToList();

    private static Quote Q(int id, string text, int? speakerId = null, int articleId = 100, string? context = null) => new()
    {
        Id = id,
        ArticleId = articleId,
        Text = text,
        SpeakerId = speakerId,
        Context = context ?? text,
    };
}
