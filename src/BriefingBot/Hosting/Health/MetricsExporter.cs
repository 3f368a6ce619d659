using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using Prometheus;

namespace BriefingBot.Hosting.Health;

/// <summary>
/// Publishes this host's instruments (meters named "BriefingBot.*" made by its <see cref="IMeterFactory"/>) in a
/// Prometheus registry of its own: counters as counters ("_total"), histograms with their advised buckets. Nothing goes to
/// prometheus-net's static default registry, so two hosts in one process never see each other's figures. The registry also
/// carries the process's figures (prometheus-net's process_* and dotnet_* collectors) and the .NET runtime's own meter
/// ("System.Runtime": GC, heap, thread pool, exceptions), which are the process's whichever host reads them.
/// </summary>
public sealed class MetricsExporter : IDisposable
{
    private const string MeterPrefix = "BriefingBot";
    private const string RuntimeMeter = "System.Runtime";

    private readonly MeterListener _listener = new();
    private readonly MetricFactory _factory;
    private readonly IDisposable _runtime;

    public MetricsExporter(IMeterFactory meters)
    {
        _factory = Metrics.WithCustomRegistry(Registry);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Scope is the factory that made the meter: another host's factory (or a static meter) is not ours to publish.
            if (ReferenceEquals(instrument.Meter.Scope, meters) && instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal)
                && Exported.For(instrument) is { } exported)
            {
                listener.EnableMeasurementEvents(instrument, exported);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => Record(state, value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => Record(state, value, tags));
        _listener.Start();
        DotNetStats.Register(Registry);
        _runtime = MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = Registry,
            MetricFactory = _factory,
            InstrumentFilterPredicate = instrument => instrument.Meter.Name == RuntimeMeter,
        });
    }

    public CollectorRegistry Registry { get; } = Metrics.NewCustomRegistry();

    public void Dispose()
    {
        _runtime.Dispose();
        _listener.Dispose();
    }

    private void Record(object? state, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (state is not Exported exported)
        {
            return;
        }

        // prometheus-net wants the same label names in the same order every time; tags come in any order.
        var sorted = tags.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var names = sorted.Select(t => LabelName(t.Key)).ToArray();
        var values = sorted.Select(t => Convert.ToString(t.Value, CultureInfo.InvariantCulture) ?? "").ToArray();
        if (exported.IsHistogram)
        {
            var histogram = _factory.CreateHistogram(exported.Name, exported.Help, names, new HistogramConfiguration { Buckets = exported.Buckets });
            (names.Length == 0 ? histogram : (IHistogram)histogram.WithLabels(values)).Observe(value);
        }
        else
        {
            var counter = _factory.CreateCounter(exported.Name, exported.Help, names);
            (names.Length == 0 ? counter : (ICounter)counter.WithLabels(values)).Inc(value);
        }
    }

    private static string LabelName(string key)
    {
        var name = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    // How one instrument appears in Prometheus: "briefingbot.answer.duration" (s) becomes briefingbot_answer_duration_seconds.
    private sealed record Exported(string Name, string Help, bool IsHistogram, double[]? Buckets = null)
    {
        public static Exported? For(Instrument instrument)
        {
            var unit = instrument.Unit == "s" ? "_seconds" : "";
            var name = LabelName(instrument.Name) + unit;
            var help = string.IsNullOrEmpty(instrument.Description) ? instrument.Name : instrument.Description;
            return instrument switch
            {
                Counter<long> or Counter<double> => new Exported(name + "_total", help, IsHistogram: false),
                Histogram<double> histogram => new Exported(name, help, IsHistogram: true, histogram.Advice?.HistogramBucketBoundaries?.ToArray()),
                _ => null,
            };
        }
    }
}
