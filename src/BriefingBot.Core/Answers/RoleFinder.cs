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
    // How many terms before a speaker's surname ("Lake Cowichan Mayor Rod Peters") and after it ("Peskov, the Kremlin's
    // spokesman") may describe them.
    private const int TermsBefore = 3;
    private const int TermsAfter = 4;

    // How many of a candidate's quotes are read for the words around them.
    private const int QuotesRead = 30;

    // Articles read from the store when no quote's sentence describes anyone so.
    private const int ArticlesRead = 5;

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

        // Single-word synonyms only: "premier" is also "prime minister", whose "minister" would find every minister.
        foreach (var related in library.Thesaurus.Expand(headTerms.ToList()))
        {
            if (library.Thesaurus.IsSingleWordSynonym(head, related.Term))
            {
                headTerms.Add(related.Term);
            }
        }

        var qualifierTerms = Terms(string.Join(' ', qualifiers)).Distinct().ToList();
        var candidates = new Dictionary<Speaker, int>();
        var withRole = new HashSet<Speaker>();
        var seenNear = new Dictionary<Speaker, List<string>>();
        foreach (var speaker in library.Speakers.All)
        {
            if (speaker.Roles.Any(r => analyzer.Terms(r).Any(headTerms.Contains)))
            {
                candidates[speaker] = 0;
                withRole.Add(speaker);
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

        var found = Best(candidates, withRole, seenNear, qualifierTerms);
        if (found.Count > 0)
        {
            return found;
        }

        candidates.Clear();
        foreach (var (speaker, near) in DescribedInArticles(search, headTerms))
        {
            candidates[speaker] = 0;
            seenNear[speaker] = near;
        }

        return Best(candidates, withRole, seenNear, qualifierTerms);
    }

    // The candidates that hold most of the description's other words.
    private List<Speaker> Best(Dictionary<Speaker, int> candidates, HashSet<Speaker> withRole, Dictionary<Speaker, List<string>> seenNear, List<string> qualifierTerms)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var speaker in candidates.Keys.ToList())
        {
            var known = Evidence(speaker);
            known.UnionWith(seenNear.GetValueOrDefault(speaker) ?? []);

            // Each of the description's other words found counts most; a role recorded as the article worded it breaks ties.
            candidates[speaker] = 2 * qualifierTerms.Count(known.Contains) + (withRole.Contains(speaker) ? 1 : 0);
        }

        var best = candidates.Values.Max();
        if (qualifierTerms.Count > 0 && best < 2)
        {
            return [];
        }

        return candidates.Where(c => c.Value == best).Select(c => c.Key).ToList();
    }

    // "the mayor of Lake Cowichan" → (mayor, [lake, cowichan]); "Surrey's mayor" → (mayor, [surrey]);
    // "the RCMP assistant commissioner" → (commissioner, [rcmp, assistant]).
    internal static (string? Head, List<string> Qualifiers) Split(string description)
    {
        var words = description.ToLowerInvariant().Replace('’', '\'')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '?', '!', ';', ':', '"', '(', ')'))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count > 0 && words[0] is "the" or "a" or "an")
        {
            words.RemoveAt(0);
        }

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

    // The people quoted in the articles that best match the description, whom the article's text describes so next to their
    // name ("B.C. Premier John Horgan") though no quote's sentence does. Reads those few articles from the store.
    private IEnumerable<(Speaker Speaker, List<string> Near)> DescribedInArticles(IReadOnlyList<WeightedTerm> search, HashSet<string> headTerms)
    {
        foreach (var hit in library.Articles.Search(search, ArticlesRead))
        {
            if (library.Store.GetArticle(hit.ArticleId) is not { } article)
            {
                continue;
            }

            var speakerIds = library.Store.QuotesOfArticle(hit.ArticleId).Select(q => q.SpeakerId).OfType<int>().Distinct();
            foreach (var id in speakerIds)
            {
                if (library.Speakers.FindById(id) is { } speaker)
                {
                    var near = NearName(speaker.Name, article.Body);
                    if (near.Any(headTerms.Contains))
                    {
                        yield return (speaker, near);
                    }
                }
            }
        }
    }

    // The text's terms, and those of its dotted words taken apart ("JAZZ.FM91" is also "jazz" and "fm91", "B.C." "b" and "c").
    private IEnumerable<string> Terms(string text) =>
        text.Contains('.') ? analyzer.Terms(text).Concat(analyzer.Terms(text.Replace('.', ' '))) : analyzer.Terms(text);

    private bool DescribedNextToName(QuoteCard quote, HashSet<string> headTerms) =>
        DescribedNextToName(quote.Speaker!, quote.Context, headTerms);

    private bool DescribedNextToName(string name, string text, HashSet<string> headTerms) =>
        NearName(name, text).Any(headTerms.Contains);

    // The terms just before and after each mention of the name's surname in the text (dotted words also taken apart).
    private List<string> NearName(string name, string text)
    {
        var near = new List<string>();
        var surnameTerms = analyzer.Terms(NameNormalizer.Surname(NameNormalizer.Key(name)));
        var surname = surnameTerms.Count == 0 ? null : surnameTerms[^1];
        if (surname is null)
        {
            return near;
        }

        var terms = analyzer.Terms(text.Replace('.', ' '));
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] != surname)
            {
                continue;
            }

            for (var j = Math.Max(0, i - TermsBefore); j < Math.Min(terms.Count, i + TermsAfter + 1); j++)
            {
                near.Add(terms[j]);
            }
        }

        return near;
    }

    // Every term the articles use of a speaker: roles, organisations, their quotes' sentences and their articles' titles.
    private HashSet<string> Evidence(Speaker speaker)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in speaker.Roles.Concat(speaker.Affiliations))
        {
            terms.UnionWith(Terms(text));
        }

        var articles = new HashSet<int>();
        foreach (var id in library.Quotes.QuotesOfSpeaker(speaker.Id).TakeLast(QuotesRead))
        {
            if (library.Citations.Quote(id) is { } quote)
            {
                terms.UnionWith(Terms(quote.Context));
                if (quote.SpeakerRole is { } role)
                {
                    terms.UnionWith(Terms(role));
                }

                if (articles.Add(quote.ArticleId) && library.Citations.Article(quote.ArticleId) is { } article)
                {
                    terms.UnionWith(Terms(article.Title));
                    terms.UnionWith(Terms(article.Summary));
                }
            }
        }

        return terms;
    }
}
