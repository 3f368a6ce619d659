using System.Globalization;

namespace BriefingBot.Bench;

/// <summary>Command line: <c>[--quick] [--quotes N[,N...]] [--questions N] [--seed N] [--out DIR] [--work DIR] [--cold-runs N]</c>.</summary>
internal sealed class BenchOptions
{
    public List<int> Quotes { get; } = [];

    public int Questions { get; set; } = 1000;

    public int Seed { get; set; } = 42;

    public bool Quick { get; set; }

    /// <summary>Reuse the store and baseline indexes a previous run left in the work folder: only cold start and answers are measured.</summary>
    public bool Reuse { get; set; }

    public string? Out { get; set; }

    public string Work { get; set; } = Path.Combine(Path.GetTempPath(), "briefingbot-bench");

    public int ColdRuns { get; set; } = 3;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--quick":
                    options.Quick = true;
                    break;
                case "--reuse":
                    options.Reuse = true;
                    break;
                case "--quotes":
                    options.Quotes.AddRange(Value().Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)));
                    break;
                case "--questions":
                    options.Questions = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    options.Seed = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    options.Out = Value();
                    break;
                case "--work":
                    options.Work = Value();
                    break;
                case "--cold-runs":
                    options.ColdRuns = int.Parse(Value(), CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        if (options.Quotes.Count == 0)
        {
            options.Quotes.Add(options.Quick ? 10_000 : 100_000);
        }

        if (options.Quick)
        {
            options.ColdRuns = 1;
            options.Questions = Math.Min(options.Questions, 300);
        }

        return options;
    }
}
