using System.Diagnostics.Metrics;

namespace BriefingBot.Testing.Metrics;

/// <summary>One measurement an instrument took: its name, the value, and its tags as text.</summary>
public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

/// <summary>
/// Records what the instruments of one meter factory measure (meters made by other factories, such as another test's, are
/// left out), so a test can check that an event was counted and how it was labelled.
/// </summary>
public sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<Measurement> _measurements = [];
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RecordedMeasurements(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> All
    {
        get
        {
            lock (_measurements)
            {
                return _measurements.ToList();
            }
        }
    }

    /// <summary>The measurements of one instrument ("briefingbot.questions.answered").</summary>
    public IReadOnlyList<Measurement> Of(string instrument) => All.Where(m => m.Instrument == instrument).ToList();

    /// <summary>Waits (real time, bounded) for a measurement that matches, taken already or still to come.</summary>
    public async Task<Measurement> WaitForAsync(Func<Measurement, bool> match, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task added;
            lock (_measurements)
            {
                if (_measurements.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                added = _added.Task;
            }

            await added.WaitAsync(deadline.Token).ConfigureAwait(false);
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            text[key] = Convert.ToString(tag, System.Globalization.CultureInfo.InvariantCulture);
        }

        TaskCompletionSource added;
        lock (_measurements)
        {
            _measurements.Add(new Measurement(instrument.Name, value, text));
            added = _added;
            _added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        added.TrySetResult();
    }
}
