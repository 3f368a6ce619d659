using System.Diagnostics;

namespace BriefingBot.Bench.Measure;

/// <summary>Latency percentiles of one engine at one concurrency, in milliseconds.</summary>
internal sealed record LatencyStats(int Askers, int Answers, double P50, double P95, double P99, double Mean, double PerSecond)
{
    /// <summary>How often, per answer, a thread found a lock taken and had to wait (the runtime's count, whatever the load).</summary>
    public double LockWaitsPerAnswer { get; init; }
}

/// <summary>Times an answer function over the questions: one warm-up pass, then each asker answers every question once (askers start at different points).</summary>
internal static class Latency
{
    public static LatencyStats Measure(int count, int askers, Action<int> answer) => Measure(count, askers, answer, TimeSpan.Zero);

    /// <summary>
    /// As <see cref="Measure(int, int, Action{int})"/>, but each asker waits a random time between questions (exponential,
    /// mean <paramref name="thinkTime"/>, seeded): askers who arrive at random as people do, rather than asking back to back.
    /// </summary>
    public static LatencyStats Measure(int count, int askers, Action<int> answer, TimeSpan thinkTime)
    {
        var perAsker = new double[askers][];
        var lockWaits = Monitor.LockContentionCount;
        var wall = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, askers).Select(a => new Thread(() =>
        {
            var times = new double[count];
            var start = a * count / askers;
            var pause = new Random(a);
            for (var i = 0; i < count; i++)
            {
                if (thinkTime > TimeSpan.Zero)
                {
                    Thread.Sleep(thinkTime * -Math.Log(1 - pause.NextDouble()));
                }

                var q = (start + i) % count;
                var t = Stopwatch.GetTimestamp();
                answer(q);
                times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            }

            perAsker[a] = times;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        wall.Stop();
        var all = perAsker.SelectMany(t => t).Order().ToArray();
        return new LatencyStats(askers, all.Length, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Average(),
            all.Length / wall.Elapsed.TotalSeconds)
        {
            LockWaitsPerAnswer = (double)(Monitor.LockContentionCount - lockWaits) / all.Length,
        };
    }

    public static void WarmUp(int count, Action<int> answer)
    {
        for (var i = 0; i < count; i++)
        {
            answer(i);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
