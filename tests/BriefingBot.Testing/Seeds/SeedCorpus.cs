using System.Text.Json;
using BriefingBot.Core.Evaluation;
using Xunit;

namespace BriefingBot.Testing.Seeds;

/// <summary>The seed articles and their gold annotations in ../shared/seeds, found beside the repository.</summary>
public sealed class SeedCorpus
{
    private SeedCorpus(string directory) => Directory = directory;

    /// <summary>The folder holding the seed articles (and gold/ below it).</summary>
    public string Directory { get; }

    public IReadOnlyList<string> ArticleFiles =>
        System.IO.Directory.GetFiles(Directory, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();

    /// <summary>The seeds, or a skip (with the reason) when this checkout has no ../shared/seeds beside it.</summary>
    public static SeedCorpus RequireOrSkip()
    {
        var found = Locate();
        if (found is null)
        {
            Assert.Skip("../shared/seeds is not beside this checkout (set BRIEFINGBOT_SEEDS to its path to run the seed tests)");
        }

        return found;
    }

    /// <summary>The seeds' folder, or null when it is not to be found.</summary>
    public static SeedCorpus? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("BRIEFINGBOT_SEEDS");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "gold", "quotes.jsonl")))
        {
            return new SeedCorpus(fromEnvironment);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (File.Exists(Path.Combine(candidate, "gold", "quotes.jsonl")))
            {
                return new SeedCorpus(Path.GetFullPath(candidate));
            }
        }

        return null;
    }

    public IReadOnlyList<GoldQuote> GoldQuotes() =>
        GoldQuote.ReadFile(Path.Combine(Directory, "gold", "quotes.jsonl"));

    public IReadOnlyList<GoldQuestion> GoldQuestions() =>
        ReadLines<GoldQuestion>(Path.Combine(Directory, "gold", "questions.jsonl"));

    private static List<T> ReadLines<T>(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<T>(line, JsonOptions)!)
            .ToList();

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

/// <summary>One seed question with the opening words of the quotes a good answer shows.</summary>
public sealed record GoldQuestion(string Q, string? Speaker, IReadOnlyList<string> Expected, string Kind);
