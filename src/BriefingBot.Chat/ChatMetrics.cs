using System.Diagnostics.Metrics;

namespace BriefingBot.Chat;

/// <summary>The chat layer's instruments (meter "BriefingBot.Chat"): requests answered by platform, command and outcome, how long answers take, and failures.</summary>
public sealed class ChatMetrics
{
    public const string MeterName = "BriefingBot.Chat";

    /// <summary>Answer latency buckets in seconds: most answers take milliseconds; a slow store shows in the upper ones.</summary>
    public static readonly IReadOnlyList<double> LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly TimeProvider _time;
    private readonly Counter<long> _answered;
    private readonly Histogram<double> _latency;
    private readonly Counter<long> _errors;

    public ChatMetrics(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(MeterName);
        _answered = meter.CreateCounter<long>("briefingbot.questions.answered", "{request}",
            "Requests answered, by platform, command and outcome (answered, refused: a reply explaining what was wrong, failed)");
        _latency = meter.CreateHistogram<double>("briefingbot.answer.duration", "s", "Time from taking a request to having its reply, by platform and command",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _errors = meter.CreateCounter<long>("briefingbot.errors", "{error}", "Requests whose answering failed with an error, by platform");
    }

    /// <summary>A timestamp to pass back to <see cref="Answered"/>.</summary>
    public long Start() => _time.GetTimestamp();

    /// <summary>Counts one reply and its latency; <paramref name="outcome"/> is one of the <see cref="Outcomes"/>.</summary>
    public void Answered(string platform, string command, string outcome, long started)
    {
        var platformTag = new KeyValuePair<string, object?>("platform", platform);
        var commandTag = new KeyValuePair<string, object?>("command", command);
        _answered.Add(1, platformTag, commandTag, new KeyValuePair<string, object?>("outcome", outcome));
        _latency.Record(_time.GetElapsedTime(started).TotalSeconds, platformTag, commandTag);
        if (outcome == Outcomes.Failed)
        {
            _errors.Add(1, platformTag);
        }
    }

    /// <summary>The outcome label values.</summary>
    public static class Outcomes
    {
        public const string Answered = "answered";
        public const string Refused = "refused";
        public const string Failed = "failed";
    }
}
