using System.Diagnostics;

namespace BriefingBot.Bench.Measure;

/// <summary>Latency percentiles of one engine at one concurrency, in milliseconds.</summary>
internal sealed record LatencyStats(int Askers, int Answers, double P50, double P95, double P99, double Mean, double PerSecond)
{
    /// <summary>How often, per answer, a thread found a lock taken and had to wait (the runtime's count, whatever the load).</summary>
    public double LockWaitsPerAnswer { get; init; }
}

/// <summary>Times an answer function over the questions: one warm-up pass, then each asker answers every question once, or as many times as asked (askers start at different points).</summary>
internal static class Latency
{
    public static LatencyStats Measure(int count, int askers, Action<int> answer, int passes = 1) => Measure(count, askers, answer, TimeSpan.Zero, passes);

    /// <summary>
    /// As <see cref="Measure(int, int, Action{int}, int)"/>, but each asker waits a random time between questions (exponential,
    /// mean <paramref name="thinkTime"/>, seeded): askers who arrive at random as people do, rather than asking back to back.
    /// </summary>
    public static LatencyStats Measure(int count, int askers, Action<int> answer, TimeSpan thinkTime, int passes = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var perAsker = new double[askers][];
        var lockWaits = Monitor.LockContentionCount;
        var wall = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, askers).Select(a => new Thread(() =>
        {
            var times = new double[count * passes];
            var start = a * count / askers;
            var pause = new Random(a);
            for (var i = 0; i < times.Length; i++)
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

    /// <summary>
    /// Answers every question until the JIT has finished with the answering code (two passes in a row that compile nothing
    /// new, after a second at least, at most <see cref="MaximumWarmUpPasses"/>): tiered compilation promotes methods in the
    /// background a while after their first calls, and whichever engine were timed first would otherwise pay for it.
    /// </summary>
    public static void WarmUp(int count, Action<int> answer)
    {
        var clock = Stopwatch.StartNew();
        var quiet = 0;
        for (var pass = 0; pass < MaximumWarmUpPasses; pass++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < count; i++)
            {
                answer(i);
            }

            quiet = System.Runtime.JitInfo.GetCompiledMethodCount() == compiled ? quiet + 1 : 0;
            if (clock.Elapsed >= MinimumWarmUp && quiet >= 2)
            {
                return;
            }
        }
    }

    private const int MaximumWarmUpPasses = 20;

    private static readonly TimeSpan MinimumWarmUp = TimeSpan.FromSeconds(1);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
