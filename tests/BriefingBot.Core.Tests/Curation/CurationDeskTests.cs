using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using BriefingBot.Testing.Files;
using Microsoft.Extensions.Options;

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

    private static CurationDesk Desk(BriefingLibrary library)
    {
        var reader = new ArticleReader();
        return new CurationDesk(library, reader, new ArticleIngestor(reader, new QuoteExtractor(), library, TimeProvider.System), TimeProvider.System,
            Microsoft.Extensions.Options.Options.Create(new CurationOptions()));
    }
}
