using BriefingBot.Core.Curation;

namespace BriefingBot.Core.Tests.Storage;

/// <summary>The store's side of moderators' changes: each with its audit entry in one transaction, soft removal and restore.</summary>
public sealed class BriefingStoreCurationTests : IDisposable
{
    private static readonly Curator Mo = new("test", "5", "Mo");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_change_and_its_audit_entry_are_stored_together()
    {
        using var store = _folder.OpenStore();
        var article = store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights")]).Article;

        store.Audited(Entry(CurationAction.Summary), () => store.PutSummary(article.Id, "Night fishing is limited."));

        store.GetArticle(article.Id)!.Summary.ShouldBe("Night fishing is limited.");
        store.LatestAudit(5).Single().Action.ShouldBe(CurationAction.Summary);
    }

    [Fact]
    public void Unsure_quotes_are_those_with_neither_a_speaker_nor_a_description_in_id_order_up_to_the_limit()
    {
        using var store = _folder.OpenStore();
        var saved = store.SaveArticle(Sample.Article(), [
            Sample.Quote("We open at dawn", speaker: "a harbour official"),
            Sample.Quote("Nobody told us"),
            Sample.Quote("The nets are ready", speakerId: 7, speaker: "Ana Ortiz"),
            Sample.Quote("It was a long winter"),
        ]).Quotes;

        store.UnsureQuotes(10).Select(q => q.Text).ShouldBe(["Nobody told us", "It was a long winter"]);
        store.UnsureQuotes(1).Single().Id.ShouldBe(saved[1].Id);
    }

    [Fact]
    public void A_failed_audit_write_rolls_the_change_back()
    {
        using var store = _folder.OpenStore();
        var quote = store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights")]).Quotes[0];
        store.OnWriteStep = step => _ = step == "audit" ? throw new IOException("the disk went away") : 0;

        Should.Throw<IOException>(() => store.Audited(Entry(CurationAction.QuoteRemove), () => store.SetAsideQuote(quote.Id)));

        store.OnWriteStep = null;
        store.GetQuote(quote.Id).ShouldNotBeNull();
        store.GetRemovedQuote(quote.Id).ShouldBeNull();
        store.LatestAudit(5).ShouldBeEmpty();
    }

    [Fact]
    public void A_removed_quote_whose_id_was_given_to_a_newer_one_comes_back_under_a_new_id()
    {
        int removedId;
        using (var store = _folder.OpenStore())
        {
            removedId = store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights")]).Quotes[0].Id;
            store.Audited(Entry(CurationAction.QuoteRemove), () => store.SetAsideQuote(removedId));
        }

        using (var store = _folder.OpenStore())
        {
            var newer = store.SaveArticle(Sample.Article("https://example.org/news/other", "hash-2", "Another story"), [Sample.Quote("Boats stay in the harbour")]).Quotes[0];

            var restored = store.Audited(Entry(CurationAction.QuoteRestore), () => store.BringBackQuote(removedId))!;

            restored.Text.ShouldBe("We need quiet nights");
            store.GetQuote(newer.Id)!.Text.ShouldBe("Boats stay in the harbour");
            store.GetQuote(restored.Id)!.Text.ShouldBe("We need quiet nights");
            store.GetRemovedQuote(removedId).ShouldBeNull();
        }
    }

    [Fact]
    public void Replacing_an_article_drops_the_quotes_removed_from_its_old_text()
    {
        using var store = _folder.OpenStore();
        var quote = store.SaveArticle(Sample.Article(), [Sample.Quote("We need quiet nights")]).Quotes[0];
        store.Audited(Entry(CurationAction.QuoteRemove), () => store.SetAsideQuote(quote.Id));

        store.SaveArticle(Sample.Article(), [Sample.Quote("We need calm nights")]);

        store.GetRemovedQuote(quote.Id).ShouldBeNull();
    }

    private static AuditEntry Entry(CurationAction action) => AuditEntry.For(Mo, DateTimeOffset.UnixEpoch, action, "test");
}
