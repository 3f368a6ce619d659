using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Tests.Storage;

public sealed class BriefingStoreBatchTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly BriefingStore _store;

    // Commits since the store was opened (its creation commits a few transactions of its own).
    private int _confirmed;

    public BriefingStoreBatchTests()
    {
        _store = _temp.OpenStore();

        // A checkpoint waits for LiteDB's writer to finish the store's own first commits (schema and state).
        _store.Checkpoint();
        _confirmed = _store.Log!.ConfirmedSyncs;
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_batch_stores_every_article_with_its_quotes_and_names_speakers_saved_in_it()
    {
        var mayor = new Speaker { Name = "Jane Mayor", Type = SpeakerType.Person };

        var results = _store.SaveArticles(
            [
                new ArticleToSave(Article(1), [Sample.Quote("one"), Sample.Quote("two")], [mayor, null]),
                new ArticleToSave(Article(2), [Sample.Quote("three")]),
            ],
            [mayor]);

        mayor.Id.ShouldBeGreaterThan(0);
        results.Select(r => r.Article.Title).ShouldBe(["Article 1", "Article 2"]);
        _store.ArticleCount.ShouldBe(2);
        var first = _store.QuotesOfArticle(results[0].Article.Id);
        first.Select(q => (q.Text, q.SpeakerId, q.Speaker)).ShouldBe([("one", mayor.Id, "Jane Mayor"), ("two", null, null)]);
        _store.AllSpeakers().Single().Name.ShouldBe("Jane Mayor");
    }

    [Fact]
    public void A_failing_batch_stores_nothing_and_takes_back_the_speaker_ids_it_gave()
    {
        _store.SaveArticle(Article(0), [Sample.Quote("before")]);
        var mayor = new Speaker { Name = "Jane Mayor", Type = SpeakerType.Person };
        var quotes = 0;
        _store.OnWriteStep = step =>
        {
            if (step == "quote" && ++quotes == 3)
            {
                throw new IOException("disk full");
            }
        };

        Should.Throw<IOException>(() => _store.SaveArticles(
            [new ArticleToSave(Article(1), [Sample.Quote("one"), Sample.Quote("two")], [mayor, mayor]), new ArticleToSave(Article(2), [Sample.Quote("three")])],
            [mayor]));
        _store.OnWriteStep = null;

        mayor.Id.ShouldBe(0);
        _store.ArticleCount.ShouldBe(1);
        _store.QuoteCount.ShouldBe(1);
        _store.AllSpeakers().ShouldBeEmpty();
        _store.Changes.ShouldBe(1);
    }

    [Fact]
    public void An_article_repeated_in_a_batch_replaces_its_earlier_copy()
    {
        var results = _store.SaveArticles([new(Article(1), [Sample.Quote("old")]), new(Article(1), [Sample.Quote("new")])], []);

        results[1].Replaced.ShouldBeTrue();
        results[1].Article.Id.ShouldBe(results[0].Article.Id);
        results[1].RemovedQuoteIds.ShouldBe(results[0].Quotes.Select(q => q.Id));
        _store.QuotesOfArticle(results[0].Article.Id).Single().Text.ShouldBe("new");
    }

    [Fact]
    public void A_commit_forces_the_log_to_disk_twice_however_many_pages_it_writes()
    {
        _store.SaveArticle(Article(0), [Sample.Quote("before")]);
        OnDisk();
        var before = _store.Log!.Syncs;

        _store.SaveArticles(Enumerable.Range(1, 200).Select(i => new ArticleToSave(Article(i), [Sample.Quote($"quote {i}")])).ToList(), []);
        OnDisk();

        (_store.Log.Syncs - before).ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void A_crash_while_a_batch_is_written_leaves_the_store_as_it_was_before_the_batch()
    {
        _store.SaveArticle(Article(0), [Sample.Quote("before")]);
        OnDisk();
        var image = _temp.File("crashed.db");
        _store.Log!.BeforeConfirming = () =>
        {
            // What the disk holds when the power fails just before the batch is confirmed.
            File.Copy(_store.Path, image, overwrite: true);
            File.Copy(StoreFiles.LogPathFor(_store.Path), StoreFiles.LogPathFor(image), overwrite: true);
        };

        _store.SaveArticles(Enumerable.Range(1, 50).Select(i => new ArticleToSave(Article(i), [Sample.Quote($"quote {i}")])).ToList(), []);
        OnDisk();
        _store.Log.BeforeConfirming = null;

        _store.ArticleCount.ShouldBe(51);
        using var crashed = BriefingStore.Open(image);
        crashed.ArticleCount.ShouldBe(1);
        crashed.QuoteCount.ShouldBe(1);
        crashed.Changes.ShouldBe(1);
    }

    [Fact]
    public void A_committed_batch_survives_a_crash_right_after_the_commit()
    {
        _store.SaveArticles(Enumerable.Range(1, 50).Select(i => new ArticleToSave(Article(i), [Sample.Quote($"quote {i}")])).ToList(), []);
        OnDisk();
        var image = _temp.File("crashed.db");

        // The store is still open: its changes are in the log, not yet in the data file.
        File.Copy(_store.Path, image, overwrite: true);
        File.Copy(StoreFiles.LogPathFor(_store.Path), StoreFiles.LogPathFor(image), overwrite: true);

        using var crashed = BriefingStore.Open(image);
        crashed.ArticleCount.ShouldBe(50);
        crashed.QuoteCount.ShouldBe(50);
    }

    // LiteDB's writer thread has put every commit so far on disk (it may still be at it when the commit returns).
    private void OnDisk()
    {
        _confirmed++;
        _store.Log!.WaitForConfirmedSyncs(_confirmed, TimeSpan.FromSeconds(30)).ShouldBeTrue();
    }

    private static Article Article(int n) =>
        Sample.Article(url: $"https://example.org/news/{n}", hash: $"hash-{n}", title: $"Article {n}");
}
