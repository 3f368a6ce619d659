using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Answers an <see cref="AnswerQuery"/> with cited quotes: the speaker asked about, then topic relevance, then recency.</summary>
/// <remarks>
/// Nothing is read from the store: the quote index ranks (its scores already weigh a quote's kind and whether its speaker is
/// sure, and its ties go to the newer article), and the library's citation table holds what a citation shows. The best
/// <see cref="RerankWindow"/> hits are then re-ordered the same way for every page: near-identical quotes fold into one,
/// short fragments and paraphrases step back, and a topic answer spreads over speakers and articles.
/// </remarks>
public sealed class AnswerComposer
{
    // The most quotes an answer counts and pages through.
    private const int CandidatePool = 200;

    // The hits re-ordered for every page alike, so that paging never repeats or skips a quote.
    private const int RerankWindow = 30;

    // The articles whose relevance to the topic weighs in the order of its quotes.
    private const int RelevantArticles = 20;

    // The share of its score a topic answer's quote keeps when its article is not among the relevant ones.
    private const double ArticleFloor = 0.1;

    // "What has been said about X" asks who said it: a quote nobody is named for steps back further in a topic answer.
    private const double NobodyWeight = 0.5;

    // How much the relevance of its article adds to a speaker's quote that names the topic (its own score counts 1 at best).
    private const double SpeakerArticleWeight = 0.5;

    // Quotes read for those whose speaker an article described in the words asked.
    private const int DescribedPool = 200;

    // An article scoring at least this share of the best article's score is about the topic.
    private const double AboutShare = 0.5;

    // The most quotes of a speaker taken from the articles about a topic besides those that name it.
    private const int SpeakerQuotesAbout = 20;

    // A briefing tells the story as the articles about the topic do: their first full quotes lead, each next one weighing this
    // much less, from this many of the most relevant articles, a quote's own match of the topic words adding at most this much.
    private const double LeadDecay = 0.75;
    private const int LeadArticles = 2;
    private const int LeadQuotes = 8;
    private const double BriefingMatchWeight = 0.3;

    // Weight of an indexed word spelt like an unknown topic word ("twiter" → "twitter").
    private const double SpellingWeight = 0.8;

    // A description of someone who no longer speaks for what it names ("a former Meta engineer").
    private static readonly string[] FormerWords = ["former ", "ex-"];

    private readonly BriefingLibrary _library;
    private readonly AnswerOptions _options;
    private readonly QuestionParser _parser;
    private readonly QuoteRanker _ranker;
    private readonly SpeakerTopics _topics;

    public AnswerComposer(BriefingLibrary library, AnswerOptions options)
    {
        _library = library;
        _options = options;
        var resolver = new SpeakerResolver(library.Speakers, library.Analyzer, options, library);
        _parser = new QuestionParser(library.Speakers, library.Analyzer, options, resolver)
        {
            IsKnownTopicTerm = term => library.Quotes.ContainsTerm(term),
        };
        _ranker = new QuoteRanker(library.Citations);
        _topics = new SpeakerTopics(library);
    }

    /// <summary>Reads a free-text question into a query (see <see cref="QuestionParser.Read"/>).</summary>
    /// <exception cref="QuestionException">The question has no words or is too long.</exception>
    public AnswerQuery Read(string question) => _parser.Read(question);

    /// <summary>Reads a question and resolves whom it asks about against the library.</summary>
    public ParsedQuestion Parse(string question) => _parser.Parse(question);

    /// <summary>Answers a free-text question; <paramref name="offset"/> pages through further quotes.</summary>
    public Answer Ask(string question, int? limit = null, int offset = 0) =>
        Answer(_parser.Read(question) with { Limit = limit, Offset = offset });

    /// <summary>"Brief me on X": the best quotes on a topic plus the summaries of the most relevant articles.</summary>
    public Answer Brief(string topic, int? limit = null, int offset = 0) =>
        Answer(AnswerQuery.About(topic, AnswerMode.Briefing) with { Text = "brief me on " + topic, Limit = limit, Offset = offset });

    /// <summary>Answers a query: quotes from whom it asks about on its topic, or the best quotes on its topic.</summary>
    public Answer Answer(AnswerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var question = _parser.Resolve(query);
        var limit = Math.Clamp(query.Limit ?? _options.DefaultLimit, 1, _options.MaxLimit);
        var offset = Math.Max(0, query.Offset);
        if (question.SpeakerUnknown && !question.SpeakerIsRole)
        {
            return Unknown(question);
        }

        var terms = TopicTerms(question.TopicTerms);
        // An organisation speaks through people the articles only describe ("a Meta spokesperson"): their quotes are its words.
        var described = question.SpeakerIsRole ? DescribedQuotes(question.SpeakerText!, terms)
            : question.Speakers.Count > 0 && question.Speakers.All(s => s.Type == SpeakerType.Organisation) ? DescribedQuotes(question.SpeakerText!, terms)
            : [];
        if (question.SpeakerUnknown && described.Count == 0)
        {
            return Unknown(question);
        }

        if (question.AsksAboutSpeaker)
        {
            return AboutSpeakers(question, terms, described, limit, offset);
        }

        if (terms.Count == 0)
        {
            return Empty(question, "Ask about someone or something, for example: what did Peskov say about bans", []);
        }

        return AboutTopic(question, terms, limit, offset);
    }

    // The topic's own terms, indexed words spelt like those the index lacks, then related words and synonyms.
    private IReadOnlyList<WeightedTerm> TopicTerms(IReadOnlyList<string> topicTerms)
    {
        if (topicTerms.Count == 0)
        {
            return [];
        }

        var corrected = new List<string>();
        foreach (var term in topicTerms)
        {
            // "left" is a word of its own, not a misspelt "lift": only words English does not know are read as misspellings.
            if (!_library.Quotes.ContainsTerm(term) && !_library.Thesaurus.IsEnglishWord(term))
            {
                corrected.AddRange(_library.Quotes.NearestTerms(term, EditDistance.AllowedFor(term.Length), 2));
            }
        }

        var expanded = _library.Thesaurus.Expand([.. topicTerms, .. corrected]);
        if (corrected.Count == 0)
        {
            return expanded;
        }

        var fixes = corrected.ToHashSet(StringComparer.Ordinal);
        var own = topicTerms.ToHashSet(StringComparer.Ordinal);
        return expanded.Select(t => fixes.Contains(t.Term) && !own.Contains(t.Term) ? t with { Weight = SpellingWeight } : t).ToList();
    }

    private Answer Unknown(ParsedQuestion question)
    {
        var asked = question.SpeakerText!;
        if (question.SpeakerIsRole)
        {
            return Empty(question, $"I don't know who {asked} is in the articles I have.", []);
        }

        var near = _library.Speakers.FindSimilar(asked, 0.75, 3).Select(s => s.Speaker.Name).Distinct().ToList();
        var message = $"I have no quotes from {asked}."
            + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "");
        return Empty(question, message, near);
    }

    private Answer AboutSpeakers(ParsedQuestion question, IReadOnlyList<WeightedTerm> terms, List<QuoteHit> described, int limit, int offset)
    {
        if (described.Count > 0)
        {
            // Quotes described in every word asked outrank speakers found through some of those words only.
            var asked = _library.Analyzer.Terms(question.SpeakerText!).ToHashSet(StringComparer.Ordinal);
            var sure = question.Speakers
                .Where(s => asked.IsSubsetOf(_library.Analyzer.Terms(string.Join(' ', [s.Name, .. s.Roles, .. s.Affiliations]))))
                .ToList();
            question = question with { Speakers = sure };
        }

        var ids = question.Speakers.Select(s => s.Id).ToHashSet();
        var names = string.Join(" or ", question.Speakers.Select(Describe).Concat(described.Count > 0 ? [question.SpeakerText!] : []));

        // With no topic, the speakers' quotes ranked by kind, newest first.
        var found = Search(terms, ids, limit, offset);
        var note = question.SpeakerGuessed || question.SpeakerIsRole ? $"Showing quotes from {names}." : null;
        if (question.TopicTerms.Count == 0 && described.Count == 0)
        {
            return found.Matches == 0
                ? Empty(question, $"I have no quotes from {names} yet.", [])
                : Compose(question, found, spread: false, limit, offset, summaries: [], note);
        }

        // Their other quotes in the articles about the topic count too: a quote about it need not name it ("he never let
        // it show" in an article about the coach), and the speaker's own words there outrank a paraphrase that names it.
        var relevance = ArticleRelevance(terms);
        var inArticles = SpeakerQuotesInArticlesAbout(relevance, ids, found.Hits).Concat(described).ToList();
        if (found.Matches == 0 && inArticles.Count == 0)
        {
            var otherTopics = _topics.Of(ids);
            var message = $"I have nothing from {names} on {question.Topic}."
                + (otherTopics.Count > 0 ? $" They have spoken about: {string.Join(", ", otherTopics)}." : "");
            return Empty(question, message, otherTopics);
        }

        var head = Math.Min(RerankWindow, found.Hits.Count);
        var hits = found.Hits.Take(head).Concat(inArticles).Concat(found.Hits.Skip(head)).ToList();
        var best = found.Hits.Count > 0 ? found.Hits.Max(h => h.Score) : 1;
        var extra = inArticles.Select(h => h.QuoteId).ToHashSet();
        var page = Compose(
            question, new QuoteSearch(hits, found.Matches + inArticles.Count), spread: false, limit, offset, [], note,
            head + inArticles.Count, h => extra.Contains(h.QuoteId)
                ? h.Score + relevance.GetValueOrDefault(h.ArticleId)
                : (h.Score / best) + (SpeakerArticleWeight * relevance.GetValueOrDefault(h.ArticleId)));
        return found.Matches == 0 && described.Count == 0 && page.Message is null
            ? page with { Message = $"Nothing {names} said names {question.Topic}; this is what they said in articles about it." }
            : page;
    }

    private Answer AboutTopic(ParsedQuestion question, IReadOnlyList<WeightedTerm> terms, int limit, int offset)
    {
        var found = Search(terms, speakerIds: null, limit, offset);
        // The articles best for the topic weigh its quotes and, in a briefing, lend their summaries.
        var articles = _library.Articles.Search(terms, Math.Max(RelevantArticles, question.IsBriefing ? _options.BriefingSummaries : 0));
        var summaries = offset == 0 && question.IsBriefing ? Summaries(articles) : [];
        if (found.Matches == 0 && summaries.Count == 0)
        {
            return Empty(question, $"I have nothing on {question.Topic} yet.", []);
        }

        // A quote that names a topic word in passing counts less than one from an article about the topic.
        var relevance = Relevance(articles.Take(RelevantArticles).ToList());
        if (question.IsBriefing)
        {
            return Briefing(question, found, relevance, limit, offset, summaries);
        }

        return Compose(question, found, spread: true, limit, offset, summaries, note: null, RerankWindow,
            h => h.Score * (ArticleFloor + ((1 - ArticleFloor) * relevance.GetValueOrDefault(h.ArticleId)))
                * (h.SpeakerId is null ? NobodyWeight : 1));
    }

    // The quotes of the articles about the topic in the order the articles give them, the ones naming the topic a little ahead.
    private Answer Briefing(
        ParsedQuestion question, QuoteSearch found, Dictionary<int, double> relevance, int limit, int offset, IReadOnlyList<ArticleSummary> summaries)
    {
        var lead = new Dictionary<int, double>();
        var extra = new List<QuoteHit>();
        var seen = found.Hits.Select(h => h.QuoteId).ToHashSet();
        foreach (var (articleId, share) in relevance.Where(p => p.Value >= AboutShare).OrderByDescending(p => p.Value).Take(LeadArticles))
        {
            var weight = share;
            var taken = 0;
            foreach (var id in _library.Citations.QuotesOfArticle(articleId))
            {
                if (taken == LeadQuotes)
                {
                    break;
                }

                if (_library.Citations.Traits(id) is not { Kind: QuoteKind.Full, SpeakerId: not null } quote)
                {
                    continue;
                }

                taken++;
                lead[quote.Id] = weight;
                weight *= LeadDecay;
                if (!seen.Contains(quote.Id))
                {
                    extra.Add(new QuoteHit(quote.Id, articleId, quote.SpeakerId, 0) { Kind = quote.Kind });
                }
            }
        }

        var best = found.Hits.Count > 0 ? Math.Max(found.Hits.Max(h => h.Score), 1e-9) : 1;
        var head = Math.Min(RerankWindow, found.Hits.Count);
        var hits = found.Hits.Take(head).Concat(extra).Concat(found.Hits.Skip(head)).ToList();
        return Compose(question, new QuoteSearch(hits, found.Matches + extra.Count), spread: true, limit, offset, summaries, note: null,
            head + extra.Count,
            h => (BriefingMatchWeight * h.Score / best * (ArticleFloor + ((1 - ArticleFloor) * relevance.GetValueOrDefault(h.ArticleId)))
                    * (h.SpeakerId is null ? NobodyWeight : 1))
                + lead.GetValueOrDefault(h.QuoteId));
    }

    // How relevant each of the best articles for the terms is, as a share of the best one's score.
    private Dictionary<int, double> ArticleRelevance(IReadOnlyList<WeightedTerm> terms) =>
        Relevance(_library.Articles.Search(terms, RelevantArticles));

    private static Dictionary<int, double> Relevance(IReadOnlyList<ArticleHit> hits)
    {
        if (hits.Count == 0 || hits[0].Score <= 0)
        {
            return [];
        }

        var best = hits[0].Score;
        return hits.ToDictionary(h => h.ArticleId, h => h.Score / best);
    }

    // Quotes whose speaker an article only described ("a justice official said"), when the description holds every word of
    // the one asked; each scores as the best quote found for a named speaker would, scaled by how well it matches.
    private List<QuoteHit> DescribedQuotes(string description, IReadOnlyList<WeightedTerm> terms)
    {
        var asked = _library.Analyzer.Terms(description).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return [];
        }

        var found = DescribedQuotes(asked, terms);
        if (found.Count > 0)
        {
            return found;
        }

        // "the Russian embassy in Washington" where the article names only "the Russian embassy": the words before the place.
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var place = Array.FindIndex(words, 1, w => w is "in" or "at");
        var before = place > 0 ? _library.Analyzer.Terms(string.Join(' ', words[..place])).Distinct(StringComparer.Ordinal).ToList() : [];
        return before.Count >= 2 ? DescribedQuotes(before, terms) : [];
    }

    private List<QuoteHit> DescribedQuotes(List<string> asked, IReadOnlyList<WeightedTerm> terms)
    {

        var search = terms.Concat(asked.Select(t => new WeightedTerm(t, 1.0))).ToList();
        var hits = _library.Quotes.Search(search, DescribedPool)
            .Where(h => h.SpeakerId is null && _library.Citations.Quote(h.QuoteId) is { Speaker: { } speaker } quote
                && _library.Analyzer.Terms(speaker + " " + quote.SpeakerRole).ToHashSet(StringComparer.Ordinal).IsSupersetOf(asked)
                && !FormerWords.Any(w => speaker.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var best = hits.Count > 0 ? hits.Max(h => h.Score) : 1;
        return hits.Select(h => h with { Score = 0.5 + (0.5 * h.Score / best) }).ToList();
    }

    // The speakers' quotes, not already found, in the articles that are about the topic where only paraphrases or fragments
    // of theirs name it, or nothing they said does.
    private List<QuoteHit> SpeakerQuotesInArticlesAbout(Dictionary<int, double> relevance, HashSet<int> speakerIds, IReadOnlyList<QuoteHit> found)
    {
        // An article where a full quote of theirs names the topic needs no more of their words.
        var answered = found.Where(h => h.Kind == QuoteKind.Full).Select(h => h.ArticleId).ToHashSet();
        var about = relevance.Where(p => p.Value >= AboutShare && !answered.Contains(p.Key)).Select(p => p.Key).ToHashSet();
        if (about.Count == 0)
        {
            return [];
        }

        var seen = found.Select(h => h.QuoteId).ToHashSet();
        // Whichever is fewer is read: the speakers' quotes (looking for the articles), or the articles' quotes (looking for
        // the speakers); a speaker quoted everywhere and an article quoting everyone cost the same. Either way the table is
        // read once for them all.
        var places = new List<(int Id, QuotePlace Place)>();
        if (about.Sum(_library.Citations.QuoteCountOfArticle) < _library.Quotes.CountOfSpeakers(speakerIds))
        {
            _library.Citations.QuotesOfArticlesBy(about, speakerIds, places);
        }
        else
        {
            _library.Citations.PlacesOf(speakerIds.SelectMany(_library.Quotes.QuotesOfSpeaker), places);
        }

        var hits = new List<QuoteHit>();
        foreach (var (id, place) in places)
        {
            if (!seen.Contains(id) && about.Contains(place.ArticleId) && place.SpeakerId is { } speaker && speakerIds.Contains(speaker))
            {
                hits.Add(new QuoteHit(id, place.ArticleId, place.SpeakerId, 0) { Kind = place.Kind });
            }
        }

        return hits
            .OrderByDescending(h => relevance[h.ArticleId]).ThenByDescending(h => h.QuoteId)
            .Take(SpeakerQuotesAbout)
            .ToList();
    }

    private string Describe(Speaker speaker) =>
        speaker.Roles.Count > 0 && speaker.Type == SpeakerType.Person ? $"{speaker.Name} ({speaker.Roles[0]})" : speaker.Name;

    // The best quotes up to the end of the page asked for (at least the re-ranked window), and how many match (up to the
    // pool an answer pages through).
    private QuoteSearch Search(IReadOnlyList<WeightedTerm> terms, IReadOnlySet<int>? speakerIds, int limit, int offset) =>
        _library.Quotes.Find(terms, Math.Min(CandidatePool, Math.Max(RerankWindow, offset + limit)), speakerIds, CandidatePool);

    private Answer Compose(
        ParsedQuestion question, QuoteSearch found, bool spread, int limit, int offset, IReadOnlyList<ArticleSummary> summaries, string? note,
        int window = RerankWindow, Func<QuoteHit, double>? score = null)
    {
        var ranked = _ranker.Rank(found.Hits, window, spread, score, needed: offset + limit);
        var page = new List<CitedQuote>(limit);
        foreach (var group in ranked.Skip(offset).Take(limit))
        {
            // Read only now, for the page: ranking needed the quotes' traits alone.
            if (_library.Citations.Quote(group.Quote.Id) is not { } quote || _library.Citations.Article(quote.ArticleId) is not { } article)
            {
                continue;
            }

            var others = group.Copies
                .Select(c => _library.Citations.Article(c.ArticleId))
                .OfType<ArticleCard>()
                .Where(a => a.Id != article.Id)
                .Select(CitationOf)
                .DistinctBy(c => c.ArticleId)
                .ToList();
            page.Add(Cite(quote, article) with { AlsoIn = others });
        }

        // Folded copies and quotes no longer citable are left out of the count.
        var left = found.Hits.Count - ranked.Count - ranked.Sum(g => g.Copies.Count);
        var total = Math.Max(ranked.Count, found.Matches - left - ranked.Sum(g => g.Copies.Count));
        var message = page.Count == 0 && offset > 0 ? "No more quotes on this." : note;
        return new Answer(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, page, summaries,
            total, offset, message, []);
    }

    // The summaries of the best articles (best first), from the articles found for the topic.
    private List<ArticleSummary> Summaries(IReadOnlyList<ArticleHit> articles)
    {
        if (_options.BriefingSummaries == 0)
        {
            return [];
        }

        return articles.Take(_options.BriefingSummaries)
            .Select(h => _library.Citations.Article(h.ArticleId))
            .OfType<ArticleCard>()
            .Where(a => a.Summary.Length > 0)
            .Select(a => new ArticleSummary(a.Summary, a.SummaryIsLead, CitationOf(a)))
            .ToList();
    }

    private static CitedQuote Cite(QuoteCard quote, ArticleCard article) =>
        new(quote.Id, quote.Text, quote.Kind, quote.Speaker, quote.SpeakerRole, quote.Confidence, quote.Context, CitationOf(article));

    private static Citation CitationOf(ArticleCard article) =>
        new(article.Id, article.Title, article.Outlet, article.PublishedAt, article.Url);

    private static Answer Empty(ParsedQuestion question, string message, IReadOnlyList<string> suggestions) =>
        new(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, [], [], 0, 0, message, suggestions);
}
