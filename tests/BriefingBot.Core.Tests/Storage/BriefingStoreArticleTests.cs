using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Tests.Storage;

public sealed class BriefingStoreArticleTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly BriefingStore _store;

    public BriefingStoreArticleTests() => _store = _temp.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void SaveArticle_gives_ids_and_leaves_the_arguments_unchanged()
    {
        var article = Sample.Article();
        article.Id = 99;
        var quote = Sample.Quote("We need quiet nights");

        var saved = _store.SaveArticle(article, [quote]);

        saved.Replaced.ShouldBeFalse();
        saved.Article.Id.ShouldBeGreaterThan(0);
        saved.Article.Id.ShouldNotBe(99);
        saved.Quotes.Single().Id.ShouldBeGreaterThan(0);
        saved.Quotes.Single().ArticleId.ShouldBe(saved.Article.Id);
        article.Id.ShouldBe(99);
        quote.Id.ShouldBe(0);
        quote.ArticleId.ShouldBe(0);
    }

    [Fact]
    public void A_stored_article_reads_back_with_every_field()
    {
        var saved = _store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights", 4, "Jane Mayor")]);

        var article = _store.GetArticle(saved.Article.Id)!;
        var quote = _store.QuotesOfArticle(saved.Article.Id).Single();

        article.ShouldBeEquivalentTo(saved.Article);
        article.PublishedAt!.Value.Offset.ShouldBe(TimeSpan.FromHours(3));
        quote.ShouldBeEquivalentTo(saved.Quotes.Single());
    }

    [Theory]
    [InlineData("http://EXAMPLE.org/news/fishing-rules/")]
    [InlineData("https://example.org/news/fishing-rules#comments")]
    public void The_same_url_replaces_the_article_keeping_its_id_and_summary(string sameUrl)
    {
        var first = _store.SaveArticle(Sample.Article(hash: "old"), [Sample.Quote("one"), Sample.Quote("two")]);
        _store.SetSummary(first.Article.Id, "Night fishing is limited.").ShouldBeTrue();

        var second = _store.SaveArticle(Sample.Article(url: sameUrl, hash: "new"), [Sample.Quote("three")]);

        second.Replaced.ShouldBeTrue();
        second.Article.Id.ShouldBe(first.Article.Id);
        second.Article.Summary.ShouldBe("Night fishing is limited.");
        second.RemovedQuoteIds.ShouldBe(first.Quotes.Select(q => q.Id));
        _store.ArticleCount.ShouldBe(1);
        _store.QuotesOfArticle(first.Article.Id).Select(q => q.Text).ShouldBe(["three"]);
        _store.GetArticle(first.Article.Id)!.ContentHash.ShouldBe("new");
    }

    [Fact]
    public void A_new_summary_wins_over_the_stored_one()
    {
        var first = _store.SaveArticle(Sample.Article(), []);
        _store.SetSummary(first.Article.Id, "old summary");
        var again = Sample.Article();
        again.Summary = "new summary";

        _store.SaveArticle(again, []);

        _store.GetArticle(first.Article.Id)!.Summary.ShouldBe("new summary");
    }

    [Fact]
    public void The_same_content_hash_replaces_an_article_without_url()
    {
        var first = _store.SaveArticle(Sample.Article(url: null, hash: "same"), [Sample.Quote("one")]);

        var second = _store.SaveArticle(Sample.Article(url: null, hash: "same", title: "Retitled"), [Sample.Quote("two")]);

        second.Replaced.ShouldBeTrue();
        second.Article.Id.ShouldBe(first.Article.Id);
        _store.GetArticle(first.Article.Id)!.Title.ShouldBe("Retitled");
        _store.QuoteCount.ShouldBe(1);
    }

    [Fact]
    public void An_article_with_a_very_long_url_is_stored_and_matched()
    {
        var url = "https://example.org/search?q=" + new string('x', 3000);
        var first = _store.SaveArticle(Sample.Article(url: url, hash: "1"), []);

        var second = _store.SaveArticle(Sample.Article(url: url, hash: "2"), []);

        second.Replaced.ShouldBeTrue();
        second.Article.Id.ShouldBe(first.Article.Id);
        _store.GetArticle(first.Article.Id)!.Url.ShouldBe(url);
    }

    [Fact]
    public void A_different_url_path_is_a_different_article()
    {
        _store.SaveArticle(Sample.Article(url: "https://example.org/a", hash: "1"), []);

        var other = _store.SaveArticle(Sample.Article(url: "https://example.org/b", hash: "2"), []);

        other.Replaced.ShouldBeFalse();
        _store.ArticleCount.ShouldBe(2);
    }

    [Fact]
    public void A_save_that_fails_midway_stores_nothing_and_keeps_earlier_data()
    {
        var earlier = _store.SaveArticle(Sample.Article(), [Sample.Quote("kept")]);
        var quotesWritten = 0;
        _store.OnWriteStep = step =>
        {
            if (step == "quote" && ++quotesWritten % 2 == 0)
            {
                throw new InvalidOperationException("disk full");
            }
        };

        Should.Throw<InvalidOperationException>(() =>
            _store.SaveArticle(Sample.Article(url: "https://example.org/other", hash: "other"), [Sample.Quote("a"), Sample.Quote("b")]));
        Should.Throw<InvalidOperationException>(() =>
            _store.SaveArticle(Sample.Article(), [Sample.Quote("c"), Sample.Quote("d")]));
        _store.OnWriteStep = null;

        _store.ArticleCount.ShouldBe(1);
        _store.AllQuotes().Select(q => q.Text).ShouldBe(["kept"]);
        _store.GetArticle(earlier.Article.Id)!.ShouldBeEquivalentTo(earlier.Article);
    }

    [Fact]
    public void ListArticles_puts_newest_published_first_then_newest_ingested_and_undated_last()
    {
        Article Dated(string key, int? day, int ingestedDay)
        {
            var article = Sample.Article(url: "https://example.org/" + key, hash: key, title: key);
            article.PublishedAt = day is { } d ? new DateTimeOffset(2024, 1, d, 12, 0, 0, TimeSpan.Zero) : null;
            article.IngestedAt = new DateTimeOffset(2024, 2, ingestedDay, 0, 0, 0, TimeSpan.Zero);
            return article;
        }

        _store.SaveArticle(Dated("undated", null, 9), []);
        _store.SaveArticle(Dated("older", 2, 1), []);
        _store.SaveArticle(Dated("newer-ingested-late", 5, 3), []);
        _store.SaveArticle(Dated("newer-ingested-early", 5, 2), []);

        _store.ListArticles().Select(a => a.Title).ShouldBe(["newer-ingested-late", "newer-ingested-early", "older", "undated"]);
        _store.ListArticles(limit: 2).Select(a => a.Title).ShouldBe(["newer-ingested-late", "newer-ingested-early"]);
    }

    [Fact]
    public void Reads_by_ids_keep_the_asked_order_and_skip_unknown_ids()
    {
        var a = _store.SaveArticle(Sample.Article(url: "https://example.org/a", hash: "a"), [Sample.Quote("qa")]);
        var b = _store.SaveArticle(Sample.Article(url: "https://example.org/b", hash: "b"), [Sample.Quote("qb")]);

        _store.GetArticles([b.Article.Id, 999, a.Article.Id]).Select(x => x.Id).ShouldBe([b.Article.Id, a.Article.Id]);
        _store.GetQuotes([b.Quotes[0].Id, 999, a.Quotes[0].Id]).Select(q => q.Text).ShouldBe(["qb", "qa"]);
    }

    [Fact]
    public void QuotesOfSpeaker_returns_only_that_speakers_quotes()
    {
        _store.SaveArticle(Sample.Article(), [Sample.Quote("mine", 1, "Jane Mayor"), Sample.Quote("theirs", 2, "Tom Clerk"), Sample.Quote("nobody's")]);

        _store.QuotesOfSpeaker(1).Select(q => q.Text).ShouldBe(["mine"]);
    }

    [Fact]
    public void SetSummary_of_an_unknown_article_returns_false()
    {
        _store.SetSummary(12345, "nothing").ShouldBeFalse();
    }

    [Fact]
    public void SaveSpeakers_assigns_new_ids_and_updates_existing_ones()
    {
        var jane = new Speaker { Name = "Jane Mayor", Type = SpeakerType.Person, Gender = Gender.Female, Roles = ["mayor"] };
        _store.SaveSpeakers([jane]);
        jane.Id.ShouldBeGreaterThan(0);

        jane.Aliases.Add("Mayor Jane");
        _store.SaveSpeakers([jane, new Speaker { Name = "Harbour Council", Type = SpeakerType.Organisation }]);

        var all = _store.AllSpeakers();
        all.Count.ShouldBe(2);
        all.Single(s => s.Id == jane.Id).ShouldBeEquivalentTo(jane);
    }

    [Fact]
    public void A_failed_SaveSpeakers_stores_nothing_and_hands_back_no_ids()
    {
        var speakers = new[] { new Speaker { Name = "One" }, new Speaker { Name = "Two" } };
        _store.OnWriteStep = step =>
        {
            if (step == "commit")
            {
                throw new InvalidOperationException("power cut");
            }
        };

        Should.Throw<InvalidOperationException>(() => _store.SaveSpeakers(speakers));

        _store.OnWriteStep = null;
        _store.AllSpeakers().ShouldBeEmpty();
        speakers.ShouldAllBe(s => s.Id == 0);
    }
}
