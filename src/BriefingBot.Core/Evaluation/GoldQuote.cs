using System.Text.Json;

namespace BriefingBot.Core.Evaluation;

/// <summary>One annotated quote of a gold file (one JSON object a line: article, quote, speaker, attribution, kind).</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Speaker">Who said it ("A; B" for alternatives), or empty when the annotation does not say.</param>
/// <param name="Attribution">How the text ties it to its speaker: explicit, pronoun, nominal, continuation, context, headline.</param>
/// <param name="Kind">full, or partial (optional: a few quoted words inside the writer's sentence).</param>
public sealed record GoldQuote(string Article, string Quote, string Speaker, string Attribution, string Kind)
{
    public bool IsPartial => Kind == "partial";

    public bool HasSpeaker => !string.IsNullOrEmpty(Speaker);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a gold file of one JSON object a line; blank lines are skipped.</summary>
    public static IReadOnlyList<GoldQuote> ReadFile(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GoldQuote>(line, JsonOptions) ?? throw new InvalidDataException($"{path}: an empty line of gold"))
            .Select(g => g with { Speaker = g.Speaker ?? "", Attribution = g.Attribution ?? "", Kind = g.Kind ?? "" })
            .ToList();
}
