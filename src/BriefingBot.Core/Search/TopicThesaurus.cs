using System.Collections.Concurrent;
using System.Text.Json;

namespace BriefingBot.Core.Search;

/// <summary>Groups of words about the same news topic ("ban", "block", "prohibit"), used to widen a query to related words.</summary>
/// <remarks>Immutable after construction, so safe to share between threads.</remarks>
public sealed class TopicThesaurus
{
    /// <summary>Weight of a related word when the options do not say otherwise.</summary>
    public const double DefaultRelatedWeight = 0.4;

    /// <summary>Weight of a general-English synonym (from the WordNet table): lower than a hand-made topic group's.</summary>
    public const double SynonymWeight = 0.3;

    // Analysed term -> the other analysed terms of every group it is in.
    private readonly Dictionary<string, string[]> _related;

    // Analysed term, or two terms joined by a space ("capit punish") -> the terms of its synonyms.
    private readonly Dictionary<string, string[]> _synonyms = new(StringComparer.Ordinal);

    // "word\tterm" for each single-word synonym of a single word, both ways.
    private readonly HashSet<string> _singleSynonyms = new(StringComparer.Ordinal);

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

    /// <param name="synonyms">Words or two-word phrases with their synonyms (see <see cref="ReadSynonyms"/>); taken both ways.</param>
    public TopicThesaurus(
        IEnumerable<IEnumerable<string>> groups, IEnumerable<(string Word, IReadOnlyList<string> Synonyms)> synonyms,
        TextAnalyzer? analyzer = null, double relatedWeight = DefaultRelatedWeight)
        : this(groups, analyzer ??= new TextAnalyzer(), relatedWeight)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (word, others) in synonyms)
        {
            var key = string.Join(' ', analyzer.Terms(word));
            if (key.Length == 0 || key.Count(c => c == ' ') > 1)
            {
                continue;
            }

            // Words of three letters or fewer are mostly slang or abbreviations ("can", "lav", "john"): noise in a news search.
            foreach (var other in others.Where(o => o.Length > 3))
            {
                var terms = analyzer.Terms(other);
                var otherKey = string.Join(' ', terms);
                if (otherKey.Length == 0 || otherKey == key)
                {
                    continue;
                }

                Add(table, key, terms);
                if (terms.Count == 1 && !word.Contains(' '))
                {
                    _singleSynonyms.Add(word.ToLowerInvariant() + "\t" + terms[0]);
                    foreach (var wordTerm in analyzer.Terms(word))
                    {
                        _singleSynonyms.Add(other.ToLowerInvariant() + "\t" + wordTerm);
                    }
                }

                if (terms.Count <= 2)
                {
                    Add(table, otherKey, analyzer.Terms(word));
                }
            }
        }

        foreach (var (key, terms) in table)
        {
            _synonyms[key] = terms.ToArray();
        }

        SynonymCount = _synonyms.Count;

        static void Add(Dictionary<string, HashSet<string>> table, string key, IReadOnlyList<string> terms)
        {
            if (!table.TryGetValue(key, out var set))
            {
                table[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(terms.Where(t => !key.Split(' ').Contains(t)));
        }
    }

    /// <summary>True when the synonym table gives <paramref name="term"/> (analysed) for the word as a whole word, not a phrase's part.</summary>
    public bool IsSingleWordSynonym(string word, string term) => _singleSynonyms.Contains(word.ToLowerInvariant() + "\t" + term);

    /// <summary>
    /// True when the general-English table has synonyms for the term (analysed): it is a word of the language, whatever an index
    /// holds, and no misspelling of another.
    /// </summary>
    public bool IsEnglishWord(string term) => _synonyms.ContainsKey(term);

    /// <summary>Words and phrases that have synonyms in the general-English table.</summary>
    public int SynonymCount { get; }

    /// <summary>Reads a synonym table: one word or phrase a line, a tab, its synonyms separated by '|'; '#' starts a comment line.</summary>
    /// <exception cref="InvalidDataException">A line is not in that form.</exception>
    public static IReadOnlyList<(string Word, IReadOnlyList<string> Synonyms)> ReadSynonyms(string path)
    {
        var table = new List<(string, IReadOnlyList<string>)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path} line {number} is not a synonym line (word, tab, synonyms separated by '|').");
            }

            table.Add((line[..tab], line[(tab + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }

        return table;
    }

    public double RelatedWeight { get; }

    public int GroupCount { get; }

    // Reading the synonym table analyses every word in it (most of a second): libraries opened in one process share the
    // result, as long as the files are unchanged.
    private static readonly ConcurrentDictionary<(string, string?, double, DateTime, DateTime), Lazy<TopicThesaurus>> Shared = new();

    /// <summary>
    /// <see cref="Load"/> with the default analyzer, read once per process for the same files (and their write times) and weight.
    /// </summary>
    public static TopicThesaurus LoadShared(string path, double relatedWeight = DefaultRelatedWeight, string? synonymsPath = null)
    {
        var key = (Path.GetFullPath(path), synonymsPath is null ? null : Path.GetFullPath(synonymsPath), relatedWeight,
            File.GetLastWriteTimeUtc(path), synonymsPath is null ? default : File.GetLastWriteTimeUtc(synonymsPath));
        var loaded = Shared.GetOrAdd(key, _ => new Lazy<TopicThesaurus>(() => Load(path, null, relatedWeight, synonymsPath)));
        try
        {
            return loaded.Value;
        }
        catch
        {
            // A file that failed to load is read again next time, not remembered as broken.
            Shared.TryRemove(new KeyValuePair<(string, string?, double, DateTime, DateTime), Lazy<TopicThesaurus>>(key, loaded));
            throw;
        }
    }

    /// <summary>Reads a topics file: <c>{ "groups": [ ["ban", "block", ...], ... ] }</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid topics file.</exception>
    /// <param name="synonymsPath">A general-English synonym table (see <see cref="ReadSynonyms"/>), when there is one.</param>
    public static TopicThesaurus Load(string path, TextAnalyzer? analyzer = null, double relatedWeight = DefaultRelatedWeight, string? synonymsPath = null)
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

        return synonymsPath is null
            ? new TopicThesaurus(file.Groups!, analyzer, relatedWeight)
            : new TopicThesaurus(file.Groups!, ReadSynonyms(synonymsPath), analyzer, relatedWeight);
    }

    /// <summary>
    /// The given (already analysed) terms at weight 1, then the other members of their groups at <see cref="RelatedWeight"/>,
    /// then their general-English synonyms (of a term or of two terms in a row) at <see cref="SynonymWeight"/>;
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

        if (_synonyms.Count == 0)
        {
            return result;
        }

        for (var i = 0; i < analyzedTerms.Count; i++)
        {
            AddSynonyms(analyzedTerms[i]);
            if (i + 1 < analyzedTerms.Count)
            {
                AddSynonyms(analyzedTerms[i] + " " + analyzedTerms[i + 1]);
            }
        }

        return result;

        void AddSynonyms(string key)
        {
            if (_synonyms.TryGetValue(key, out var synonyms))
            {
                foreach (var other in synonyms)
                {
                    if (position.TryAdd(other, result.Count))
                    {
                        result.Add(new WeightedTerm(other, SynonymWeight));
                    }
                }
            }
        }
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
