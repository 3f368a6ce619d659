using System.Diagnostics.Metrics;

namespace BriefingBot.Telegram;

/// <summary>The Telegram adapter's instruments (meter "BriefingBot.Telegram"): waits for Telegram's rate limits, and replies given up.</summary>
public sealed class TelegramMetrics
{
    public const string MeterName = "BriefingBot.Telegram";

    /// <summary>Our own pacing kept a send within Telegram's limits.</summary>
    public const string PacerWait = "pacer";

    /// <summary>Telegram answered 429 and named how long to wait.</summary>
    public const string RetryAfterWait = "retry_after";

    private readonly Counter<long> _waits;
    private readonly Counter<double> _waited;
    private readonly Counter<long> _sendFailures;

    public TelegramMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _waits = meter.CreateCounter<long>("briefingbot.telegram.rate_limit.waits", "{wait}", "Sends held back for a rate limit, by reason (pacer, retry_after)");
        _waited = meter.CreateCounter<double>("briefingbot.telegram.rate_limit.wait_time", "s", "Time sends were held back for rate limits, by reason");
        _sendFailures = meter.CreateCounter<long>("briefingbot.telegram.send.failures", "{message}", "Replies given up after Telegram refused them or retries ran out");
    }

    public void Waited(string reason, TimeSpan delay)
    {
        var tag = new KeyValuePair<string, object?>("reason", reason);
        _waits.Add(1, tag);
        _waited.Add(delay.TotalSeconds, tag);
    }

    public void SendFailed() => _sendFailures.Add(1);
}
