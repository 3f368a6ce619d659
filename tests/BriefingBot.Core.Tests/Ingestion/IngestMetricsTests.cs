using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Testing.Library;
using BriefingBot.Testing.Metrics;

namespace BriefingBot.Core.Tests.Ingestion;

/// <summary>Each stored article is counted, as new or replacing a copy, with the number of quotes it brought.</summary>
public sealed class IngestMetricsTests : IDisposable
{
    private const string Article = """
        Harbour plan approved

        March 3, 2024

        “This is a good day for the town,” said Mayor Ana Ortiz. “We waited long enough,” said engineer Rosa Lind.
        """;

    private readonly TestLibrary _library = new();
    private readonly TestMeterFactory _meters = new();
    private readonly RecordedMeasurements _recorded;
    private readonly ArticleIngestor _ingestor;

    public IngestMetricsTests()
    {
        _recorded = new RecordedMeasurements(_meters);
        _ingestor = new ArticleIngestor(new ArticleReader(), new QuoteExtractor(), _library.Library, TimeProvider.System, new IngestMetrics(_meters));
    }

    public void Dispose()
    {
        _recorded.Dispose();
        _meters.Dispose();
        _library.Dispose();
    }

    [Fact]
    public void An_ingested_article_counts_once_with_its_quotes()
    {
        var result = _ingestor.IngestText(Article, ArticleFormat.Text, "harbour.txt");

        _recorded.Of("briefingbot.articles.ingested").ShouldHaveSingleItem().Tags["replaced"].ShouldBe("false");
        _recorded.Of("briefingbot.quotes.ingested").ShouldHaveSingleItem().Value.ShouldBe(result.Quotes.Count);
        result.Quotes.Count.ShouldBe(2);
    }

    [Fact]
    public void Ingesting_the_same_article_again_counts_as_a_replacement()
    {
        _ingestor.IngestText(Article, ArticleFormat.Text, "harbour.txt");
        _ingestor.IngestText(Article, ArticleFormat.Text, "harbour-again.txt");

        _recorded.Of("briefingbot.articles.ingested").Select(m => m.Tags["replaced"]).ShouldBe(["false", "true"]);
    }
}
