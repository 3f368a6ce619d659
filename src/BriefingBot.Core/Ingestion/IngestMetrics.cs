using System.Diagnostics.Metrics;

namespace BriefingBot.Core.Ingestion;

/// <summary>The ingest instruments (meter "BriefingBot.Core"): articles stored (new or replacing an earlier copy) and the quotes found in them.</summary>
public sealed class IngestMetrics
{
    public const string MeterName = "BriefingBot.Core";

    private readonly Counter<long> _articles;
    private readonly Counter<long> _quotes;

    public IngestMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _articles = meter.CreateCounter<long>("briefingbot.articles.ingested", "{article}", "Articles stored, by whether they replaced an earlier copy");
        _quotes = meter.CreateCounter<long>("briefingbot.quotes.ingested", "{quote}", "Quotes stored with ingested articles");
    }

    public void Ingested(IngestResult result)
    {
        _articles.Add(1, new KeyValuePair<string, object?>("replaced", result.Replaced ? "true" : "false"));
        _quotes.Add(result.Quotes.Count);
    }
}
