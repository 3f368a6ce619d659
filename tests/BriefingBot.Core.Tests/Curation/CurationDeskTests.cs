using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using BriefingBot.Testing.Files;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Curation;

/// <summary>The desk's changes as the saved search index sees them after an unclean stop.</summary>
public sealed class CurationDeskTests : IDisposable
{
    private static readonly Curator Mo = new("test", "5", "Mo");

    private readonly TemporaryDirectory _folder = new();

    private LibraryOptions Options => new() { StorePath = _folder.File("library.db"), LoadSampleData = false };

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_quote_removed_after_the_index_was_saved_stays_out_of_search_when_the_process_stopped_without_saving_it_again()
    {
        int removed;
        {
            var library = BriefingLibrary.Open(Options);
            var desk = Desk(library);
            var preview = desk.Add(
                "Harbour plan approved\n\n“We will keep the fishing boats in the old harbour,” said Mayor Ana Ortiz.\n\n“The new pier opens in May,” Ortiz said.",
                ArticleFormat.Text, "test", null, Mo);
            desk.Publish(preview.Id, Mo);
            library.SaveIndexes();
            removed = library.Store.QuotesOfArticle(library.Store.ListArticles()[0].Id)[0].Id;

            desk.RemoveQuote(new QuoteRef(removed, null), Mo);

            library.Store.Dispose(); // stops as a crash would: the saved index is the one from before the removal
        }

        using var reopened = BriefingLibrary.Open(Options);
        reopened.Quotes.Contains(removed).ShouldBeFalse();
        reopened.Citations.Quote(removed).ShouldBeNull();
    }

    [Fact]
    public void A_preview_expired_for_a_lifetime_is_deleted_when_the_next_article_is_added_and_a_lately_expired_one_is_kept()
    {
        using var library = BriefingLibrary.Open(Options);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var desk = Desk(library, clock);
        var oldest = desk.Add("Bridge closed\n\n“The bridge stays shut until Friday,” said engineer Lea Novak.", ArticleFormat.Text, "test", null, Mo);
        clock.Advance(TimeSpan.FromHours(30));
        var later = desk.Add("Ferry added\n\n“A second ferry runs from Monday,” said captain Ivo Maric.", ArticleFormat.Text, "test", null, Mo);
        clock.Advance(TimeSpan.FromHours(30));

        desk.Add("Market moved\n\n“The market moves to the square,” said trader Mia Horvat.", ArticleFormat.Text, "test", null, Mo);

        library.Store.GetPreview(oldest.Id).ShouldBeNull();
        library.Store.GetPreview(later.Id).ShouldNotBeNull();
        Should.Throw<CurationException>(() => desk.Publish(later.Id, Mo)).Message.ShouldContain("expired");
    }

    private static CurationDesk Desk(BriefingLibrary library, TimeProvider? time = null)
    {
        var reader = new ArticleReader();
        time ??= TimeProvider.System;
        return new CurationDesk(library, reader, new ArticleIngestor(reader, new QuoteExtractor(), library, time), time,
            Microsoft.Extensions.Options.Options.Create(new CurationOptions()));
    }
}
