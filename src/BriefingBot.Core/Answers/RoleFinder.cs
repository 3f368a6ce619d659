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

        var qualifierTerms = Terms(string.Join(' ', qualifiers)).Distinct().ToList();
        var found = FindHolding(headTerms, qualifierTerms, asHead: false);
        if (found.Count > 0)
        {
            return found;
        }

        // Only then a synonym, as the head of the role the article gave ("spokeswoman" for "spokesperson"), never a word inside
        // another role ("premier" is not the "prime" of "prime minister"), and only with a qualifier to confirm it ("the B.C.
        // premier"): a synonym alone binds a role to somebody the articles introduced as something else.
        var synonyms = library.Thesaurus.Expand(headTerms.ToList())
            .Select(r => r.Term)
            .Where(t => !headTerms.Contains(t) && library.Thesaurus.IsSingleWordSynonym(head, t))
            .ToHashSet(StringComparer.Ordinal);
        return synonyms.Count == 0 || qualifierTerms.Count == 0 ? [] : FindHolding(synonyms, qualifierTerms, asHead: true);
    }

    // The speakers described by one of the head terms (anywhere in their role, or as its head noun only) who best match the
    // qualifiers: first among those with such a role or so described where quoted, then among those the articles so describe.
    private List<Speaker> FindHolding(HashSet<string> headTerms, List<string> qualifierTerms, bool asHead)
    {
        var candidates = new Dictionary<Speaker, int>();
        var withRole = new HashSet<Speaker>();
        var seenNear = new Dictionary<Speaker, List<string>>();
        foreach (var speaker in library.Speakers.All)
        {
            if (speaker.Roles.Any(r => asHead ? RoleHead(r) is { } roleHead && headTerms.Contains(roleHead) : analyzer.Terms(r).Any(headTerms.Contains)))
            {
                candidates[speaker] = 0;
                withRole.Add(speaker);
            }
        }

        // People described next to their name in a quote's sentence but never given a role ("Premier Ana Lind said").
        var search = headTerms.Select(t => new WeightedTerm(t, 1.0)).Concat(qualifierTerms.Select(t => new WeightedTerm(t, 0.5))).ToList();
        foreach (var hit in library.Quotes.Search(search, 100))
        {
            if (hit.SpeakerId is not { } id || library.Citations.Quote(hit.QuoteId) is not { } quote || quote.Speaker is null)
            {
                continue;
            }

            if (library.Speakers.FindById(id) is { } speaker && !candidates.ContainsKey(speaker)
                && Describes(quote.Speaker, quote.Context, headTerms, asHead))
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
        foreach (var (speaker, near) in DescribedInArticles(search, headTerms, asHead))
        {
            candidates[speaker] = 0;
            seenNear[speaker] = near;
        }

        return Best(candidates, withRole, seenNear, qualifierTerms);
    }

    // The head noun of a role as an article worded it: its last term before any link word ("premier of British Columbia" →
    // premier, "prime minister" → minister).
    private string? RoleHead(string role)
    {
        var words = role.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var link = Array.FindIndex(words, 1, w => Links.Contains(w));
        var terms = analyzer.Terms(string.Join(' ', link > 0 ? words[..link] : words));
        return terms.Count == 0 ? null : terms[^1];
    }

    /// <summary>Whether the articles use every term of <paramref name="words"/> of the speaker: in roles, quotes' sentences or articles' titles.</summary>
    public bool DescribedBy(Speaker speaker, string words)
    {
        var terms = Terms(words).Distinct().ToList();
        return terms.Count > 0 && terms.All(Evidence(speaker).Contains);
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
    // name ("Velmora Premier Ana Lind") though no quote's sentence does. Reads those few articles from the store.
    private IEnumerable<(Speaker Speaker, List<string> Near)> DescribedInArticles(IReadOnlyList<WeightedTerm> search, HashSet<string> headTerms, bool asHead)
    {
        foreach (var hit in library.Articles.Search(search, ArticlesRead))
        {
            if (library.Store.GetArticle(hit.ArticleId) is not { } article)
            {
                continue;
            }

            var quotes = library.Store.QuotesOfArticle(hit.ArticleId);
            var speakers = quotes.Select(q => q.SpeakerId).OfType<int>().Distinct().Select(library.Speakers.FindById).OfType<Speaker>().ToList();
            var surnames = speakers.Select(s => analyzer.Terms(NameNormalizer.Surname(NameNormalizer.Key(s.Name)))).Where(t => t.Count > 0)
                .Select(t => t[^1]).ToHashSet(StringComparer.Ordinal);
            foreach (var speaker in speakers)
            {
                var near = NearName(speaker.Name, article.Body);
                if (!asHead)
                {
                    // "That's a claim B.C.'s premier didn't buy. “…,” Ana Lind told reporters": a role named just before the
                    // sentence of their quote, by a sentence that names nobody, is theirs.
                    foreach (var quote in quotes.Where(q => q.SpeakerId == speaker.Id))
                    {
                        var before = SentenceBefore(article.Body, quote.Start);
                        var terms = Terms(before).ToList();
                        // Not a sentence that names one of the article's speakers (by surname).
                        if (terms.Any(headTerms.Contains) && !terms.Any(surnames.Contains))
                        {
                            near.AddRange(terms);
                        }
                    }
                }

                if (asHead ? Describes(speaker.Name, article.Body, headTerms, asHead) : near.Any(headTerms.Contains))
                {
                    yield return (speaker, near);
                }
            }
        }
    }

    // The sentence before the one that holds a position ("" at the start of the text).
    internal static string SentenceBefore(string text, int position)
    {
        var end = SentenceStart(text, Math.Clamp(position, 0, text.Length));
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end == 0 ? "" : text[SentenceStart(text, end)..end].Trim();
    }

    // Where the sentence holding a position starts: after the last full stop, question or exclamation mark (and any closing
    // quote mark) followed by white space, or after a paragraph break.
    private static int SentenceStart(string text, int position)
    {
        for (var i = position - 1; i > 0; i--)
        {
            if (text[i] == '\n')
            {
                return i + 1;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                var end = i - 1;
                while (end > 0 && text[end] is '"' or '”' or '’' or '\'')
                {
                    end--;
                }

                if (text[end] is '.' or '?' or '!' && !(end >= 2 && text[end - 2] == '.'))
                {
                    return i + 1;
                }
            }
        }

        return 0;
    }

    // The text's terms, and those of its dotted words taken apart ("JAZZ.FM91" is also "jazz" and "fm91", "B.C." "b" and "c").
    private IEnumerable<string> Terms(string text) =>
        text.Contains('.') ? analyzer.Terms(text).Concat(analyzer.Terms(text.Replace('.', ' '))) : analyzer.Terms(text);

    // Whether the text describes the named person by a head term next to their name; as a title's head only, the term must
    // come just before the name ("Premier Ana Lind").
    private bool Describes(string name, string text, HashSet<string> headTerms, bool asHead) =>
        asHead ? TitlesBeforeName(name, text).Any(headTerms.Contains) : NearName(name, text).Any(headTerms.Contains);

    // The term just before each mention of the full name in the text ("premier" in "Velmora Premier Ana Lind said").
    private List<string> TitlesBeforeName(string name, string text)
    {
        var titles = new List<string>();
        var nameTerms = analyzer.Terms(NameNormalizer.Key(name));
        if (nameTerms.Count == 0)
        {
            return titles;
        }

        var terms = analyzer.Terms(text.Replace('.', ' '));
        for (var i = 1; i + nameTerms.Count <= terms.Count; i++)
        {
            if (terms[i] == nameTerms[0] && nameTerms.Select((t, k) => terms[i + k] == t).All(x => x))
            {
                titles.Add(terms[i - 1]);
            }
        }

        return titles;
    }

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
