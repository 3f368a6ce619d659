namespace BriefingBot.Core.Library;

/// <summary>Where the library's store and reference files live (section "BriefingBot:Library").</summary>
public sealed class LibraryOptions
{
    public const string Section = "BriefingBot:Library";

    /// <summary>The LiteDB file; relative paths are taken from the working folder.</summary>
    public string StorePath { get; set; } = Path.Combine("data", "briefings.db");

    /// <summary>Known speakers shipped with the bot; relative paths are taken from the program's folder.</summary>
    public string SpeakersPath { get; set; } = Path.Combine("config", "speakers.json");

    /// <summary>Groups of related topic words (ban ~ block ~ throttle).</summary>
    public string TopicsPath { get; set; } = Path.Combine("config", "topics.json");

    /// <summary>General-English synonyms (built from WordNet by tools/build-synonyms.py); left out when the file is absent.</summary>
    public string SynonymsPath { get; set; } = Path.Combine("config", "synonyms.tsv");

    /// <summary>The sample pack loaded into an empty store so a first question answers something.</summary>
    public string SamplePackPath { get; set; } = Path.Combine("config", "sample-pack.json");

    public bool LoadSampleData { get; set; } = true;

    /// <summary>Resolves a reference file: as given when it exists, else beside the program.</summary>
    public static string ResolveShipped(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path))
        {
            return path;
        }

        return Path.Combine(AppContext.BaseDirectory, path);
    }
}
