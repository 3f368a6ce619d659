using System.Text.Json;

namespace BriefingBot.Core.Search;

/// <summary>Groups of words about the same news topic ("ban", "block", "prohibit"), used to widen a query to related words.</summary>
/// <remarks>Immutable after construction, so safe to share between threads.</remarks>
public sealed class TopicThesaurus
{
    /// <summary>Weight of a related word when the options do not say otherwise.</summary>
    public const double DefaultRelatedWeight = 0.4;

    // Analysed term -> the other analysed terms of every group it is in.
    private readonly Dictionary<string, string[]> _related;

    /// <param name="groups">Each group is a list of words or short phrases; a phrase adds all its terms to the group.</param>
    /// <param name="analyzer">Analyses the words the same way as the index; a new one when null.</param>
    /// <param name="relatedWeight">Weight given to the words a term brings in.</param>
    public TopicThesaurus(IEnumerable<IEnumerable<string>> groups, TextAnalyzer? analyzer = null, double relatedWeight = DefaultRelatedWeight)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfNegative(relatedWeight);
        analyzer ??= new TextAnalyzer();
        RelatedWeight = relatedWeight;
        var related = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var terms = group.SelectMany(analyzer.Terms).Distinct(StringComparer.Ordinal).ToList();
            foreach (var term in terms)
            {
                if (!related.TryGetValue(term, out var list))
                {
                    related[term] = list = [];
                }

                list.AddRange(terms.Where(t => t != term && !list.Contains(t)));
            }

            GroupCount++;
        }

        _related = related.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public double RelatedWeight { get; }

    public int GroupCount { get; }

    /// <summary>Reads a topics file: <c>{ "groups": [ ["ban", "block", ...], ... ] }</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid topics file.</exception>
    public static TopicThesaurus Load(string path, TextAnalyzer? analyzer = null, double relatedWeight = DefaultRelatedWeight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        TopicsFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<TopicsFile>(stream, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid topics file: {e.Message}", e);
        }

        if (file?.Groups is null || file.Groups.Any(g => g is null))
        {
            throw new InvalidDataException($"{path} is not a valid topics file: it needs a \"groups\" list of word lists.");
        }

        return new TopicThesaurus(file.Groups!, analyzer, relatedWeight);
    }

    /// <summary>
    /// The given (already analysed) terms at weight 1, then the other members of their groups at <see cref="RelatedWeight"/>;
    /// each term once, at the highest weight it was given.
    /// </summary>
    public IReadOnlyList<WeightedTerm> Expand(IReadOnlyList<string> analyzedTerms)
    {
        ArgumentNullException.ThrowIfNull(analyzedTerms);
        var result = new List<WeightedTerm>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in analyzedTerms)
        {
            // The user's own words go in first, so a word that is also related to another keeps its full weight.
            if (position.TryAdd(term, result.Count))
            {
                result.Add(new WeightedTerm(term, 1.0));
            }
        }

        foreach (var term in analyzedTerms)
        {
            if (!_related.TryGetValue(term, out var related))
            {
                continue;
            }

            foreach (var other in related)
            {
                if (position.TryAdd(other, result.Count))
                {
                    result.Add(new WeightedTerm(other, RelatedWeight));
                }
            }
        }

        return result;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed class TopicsFile
    {
        public List<List<string>?>? Groups { get; set; }
    }
}
