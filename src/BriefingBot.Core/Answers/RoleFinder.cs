using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>
/// Finds who a description stands for ("the mayor of Lake Cowichan", "Surrey's mayor", "the judge in the X case") through what
/// the articles say: a speaker whose recorded role, or the words next to whose name where quoted, hold the description's head
/// noun (or a synonym), and whose quotes' sentences and articles hold most of its other words.
/// </summary>
internal sealed class RoleFinder(BriefingLibrary library, TextAnalyzer analyzer)
{
    // How many words either side of a speaker's name in a quote's sentence may describe them ("Lake Cowichan Mayor Rod Peters").
    private const int NameWindow = 6;

    // How many of a candidate's quotes are read for the words around them.
    private const int QuotesRead = 30;

    private static readonly HashSet<string> Links = ["of", "in", "at", "for", "from", "on", "with"];

    public IReadOnlyList<Speaker> Find(string description)
    {
        var (head, qualifiers) = Split(description);
        if (head is null)
        {
            return [];
        }

        var headTerms = analyzer.Terms(head).ToHashSet(StringComparer.Ordinal);
        if (headTerms.Count == 0)
        {
            return [];
        }

        foreach (var related in library.Thesaurus.Expand(headTerms.ToList()))
        {
            headTerms.Add(related.Term);
        }

        var qualifierTerms = analyzer.Terms(string.Join(' ', qualifiers)).Distinct().ToList();
        var candidates = new Dictionary<Speaker, int>();
        foreach (var speaker in library.Speakers.All)
        {
            if (speaker.Roles.Any(r => analyzer.Terms(r).Any(headTerms.Contains)))
            {
                candidates[speaker] = 0;
            }
        }

        // People described next to their name in a quote's sentence but never given a role ("Premier John Horgan said").
        var search = headTerms.Select(t => new WeightedTerm(t, 1.0)).Concat(qualifierTerms.Select(t => new WeightedTerm(t, 0.5))).ToList();
        foreach (var hit in library.Quotes.Search(search, 100))
        {
            if (hit.SpeakerId is not { } id || library.Citations.Quote(hit.QuoteId) is not { } quote || quote.Speaker is null)
            {
                continue;
            }

            if (library.Speakers.FindById(id) is { } speaker && !candidates.ContainsKey(speaker) && DescribedNextToName(quote, headTerms))
            {
                candidates[speaker] = 0;
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var speaker in candidates.Keys.ToList())
        {
            var known = Evidence(speaker);
            candidates[speaker] = qualifierTerms.Count(known.Contains);
        }

        var best = candidates.Values.Max();
        if (qualifierTerms.Count > 0 && best == 0)
        {
            return [];
        }

        return candidates.Where(c => c.Value == best).Select(c => c.Key).ToList();
    }

    // "the mayor of Lake Cowichan" → (mayor, [lake, cowichan]); "Surrey's mayor" → (mayor, [surrey]);
    // "the RCMP assistant commissioner" → (commissioner, [rcmp, assistant]).
    internal static (string? Head, List<string> Qualifiers) Split(string description)
    {
        var words = NameNormalizer.Key(description).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var qualifiers = new List<string>();
        var link = words.FindIndex(1, w => Links.Contains(w));
        if (link > 0)
        {
            qualifiers.AddRange(words[(link + 1)..].Where(w => w is not "the" and not "a" and not "an"));
            words = words[..link];
        }

        var owner = words.FindLastIndex(w => w.EndsWith("'s", StringComparison.Ordinal));
        if (owner >= 0)
        {
            qualifiers.AddRange(words[..(owner + 1)].Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w));
            words = words[(owner + 1)..];
        }

        words = words.Where(w => w is not "the" and not "a" and not "an").ToList();
        if (words.Count == 0)
        {
            return (null, qualifiers);
        }

        qualifiers.AddRange(words[..^1]);
        return (words[^1], qualifiers);
    }

    private bool DescribedNextToName(QuoteCard quote, HashSet<string> headTerms)
    {
        var surname = analyzer.Terms(NameNormalizer.Surname(NameNormalizer.Key(quote.Speaker!))).LastOrDefault();
        if (surname is null)
        {
            return false;
        }

        var terms = analyzer.Terms(quote.Context);
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] != surname)
            {
                continue;
            }

            for (var j = Math.Max(0, i - NameWindow); j < Math.Min(terms.Count, i + NameWindow + 1); j++)
            {
                if (headTerms.Contains(terms[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Every term the articles use of a speaker: roles, organisations, their quotes' sentences and their articles' titles.
    private HashSet<string> Evidence(Speaker speaker)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in speaker.Roles.Concat(speaker.Affiliations))
        {
            terms.UnionWith(analyzer.Terms(text));
        }

        var articles = new HashSet<int>();
        foreach (var id in library.Quotes.QuotesOfSpeaker(speaker.Id).TakeLast(QuotesRead))
        {
            if (library.Citations.Quote(id) is { } quote)
            {
                terms.UnionWith(analyzer.Terms(quote.Context));
                if (quote.SpeakerRole is { } role)
                {
                    terms.UnionWith(analyzer.Terms(role));
                }

                if (articles.Add(quote.ArticleId) && library.Citations.Article(quote.ArticleId) is { } article)
                {
                    terms.UnionWith(analyzer.Terms(article.Title));
                    terms.UnionWith(analyzer.Terms(article.Summary));
                }
            }
        }

        return terms;
    }
}
