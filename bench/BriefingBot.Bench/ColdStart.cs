using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BriefingBot.Bench.Engines;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;

namespace BriefingBot.Bench;

/// <summary>What a fresh process measured: open, first answer, and its peak working set after answering every question.</summary>
internal sealed record ColdStartResult(string Engine, double OpenMs, double FirstAnswerMs, double SinceProcessStartMs, double WallMs, long PeakWorkingSetBytes);

/// <summary>
/// Cold start in a new process: the bench starts itself with <c>--child-cold ENGINE PATH QUESTIONS</c>; the child opens the
/// engine, answers the first question, prints its timings, then answers every question and reports its peak working set.
/// </summary>
internal static class ColdStart
{
    public const string Flag = "--child-cold";

    public static ColdStartResult Run(string engine, string path, string questionsFile)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) is "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStart).Assembly.Location);
        }

        foreach (var arg in new[] { Flag, engine, path, questionsFile })
        {
            start.ArgumentList.Add(arg);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var first = process.StandardOutput.ReadLine();
        var wallMs = wall.Elapsed.TotalMilliseconds;
        var last = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        if (process.ExitCode != 0 || first is null)
        {
            throw new InvalidOperationException($"The cold-start child for {engine} failed (exit {process.ExitCode}).");
        }

        var timings = JsonSerializer.Deserialize<Dictionary<string, double>>(first)!;
        var peak = long.Parse(last, CultureInfo.InvariantCulture);
        return new ColdStartResult(engine, timings["open"], timings["first"], timings["sinceStart"], wallMs, peak);
    }

    /// <summary>The child's side.</summary>
    public static int Child(string engine, string path, string questionsFile)
    {
        var clock = Stopwatch.StartNew();
        var questions = File.ReadAllLines(questionsFile);
        Func<int, int> answer;
        IDisposable engineHandle;
        switch (engine)
        {
            case "ours":
                {
                    var library = BriefingLibrary.Open(new LibraryOptions { StorePath = path, LoadSampleData = false, SpeakersPath = Path.Combine(Path.GetDirectoryName(path)!, "no-speakers.json") });
                    var composer = new AnswerComposer(library, new AnswerOptions());
                    answer = i => composer.Ask(questions[i]).Quotes.Count;
                    engineHandle = library;
                    break;
                }

            default:
                {
                    var queries = BaselineQueries.Read(questionsFile + ".queries");
                    IBaseline baseline = engine == "lucene" ? LuceneBaseline.Open(path) : SqliteBaseline.Open(path);
                    answer = i => baseline.Answer(queries[i], BaselineQueries.Top).Count;
                    engineHandle = baseline;
                    break;
                }
        }

        var open = clock.Elapsed.TotalMilliseconds;
        answer(0);
        var first = clock.Elapsed.TotalMilliseconds;
        var sinceStart = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, double> { ["open"] = open, ["first"] = first, ["sinceStart"] = sinceStart }));
        Console.Out.Flush();
        for (var i = 0; i < questions.Length; i++)
        {
            answer(i);
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        engineHandle.Dispose();
        return 0;
    }
}
