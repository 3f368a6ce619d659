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
    private const int RerankWindow = 15;

    // Articles read for a speaker's quotes on a topic none of their words names.
    private const int ArticlesAbout = 3;

    // Weight of an indexed word spelt like an unknown topic word ("twiter" → "twitter").
    private const double SpellingWeight = 0.8;

    private readonly BriefingLibrary _library;
    private readonly AnswerOptions _options;
    private readonly QuestionParser _parser;
    private readonly QuoteRanker _ranker;

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
        if (question.SpeakerUnknown)
        {
            return Unknown(question);
        }

        var terms = TopicTerms(question.TopicTerms);
        if (question.AsksAboutSpeaker)
        {
            return AboutSpeakers(question, terms, limit, offset);
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
            if (!_library.Quotes.ContainsTerm(term))
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

    private Answer AboutSpeakers(ParsedQuestion question, IReadOnlyList<WeightedTerm> terms, int limit, int offset)
    {
        var ids = question.Speakers.Select(s => s.Id).ToHashSet();
        var names = string.Join(" or ", question.Speakers.Select(Describe));

        // With no topic, the speakers' quotes ranked by kind, newest first.
        var found = Search(terms, ids, limit, offset);
        if (found.Matches == 0)
        {
            if (question.TopicTerms.Count == 0)
            {
                return Empty(question, $"I have no quotes from {names} yet.", []);
            }

            // None of their words names the topic, but an article about it quotes them: those quotes, said as such.
            var inArticles = QuotesInArticlesAbout(question.TopicTerms, terms, ids);
            if (inArticles.Count > 0)
            {
                var page = Compose(question, new QuoteSearch(inArticles, inArticles.Count), spread: false, limit, offset, [], null);
                return page with { Message = $"Nothing {names} said names {question.Topic}; this is what they said in articles about it." };
            }

            var otherTopics = new SpeakerTopics(_library).Of(ids);
            var message = $"I have nothing from {names} on {question.Topic}."
                + (otherTopics.Count > 0 ? $" They have spoken about: {string.Join(", ", otherTopics)}." : "");
            return Empty(question, message, otherTopics);
        }

        var note = question.SpeakerGuessed || question.SpeakerIsRole ? $"Showing quotes from {names}." : null;
        return Compose(question, found, spread: false, limit, offset, summaries: [], note);
    }

    private Answer AboutTopic(ParsedQuestion question, IReadOnlyList<WeightedTerm> terms, int limit, int offset)
    {
        var found = Search(terms, speakerIds: null, limit, offset);
        var summaries = offset == 0 && question.IsBriefing ? Summaries(terms) : [];
        if (found.Matches == 0 && summaries.Count == 0)
        {
            return Empty(question, $"I have nothing on {question.Topic} yet.", []);
        }

        return Compose(question, found, spread: true, limit, offset, summaries, note: null);
    }

    // The speakers' quotes in the articles whose title or summary holds most of the topic's own words (or their spelling fixes).
    private List<QuoteHit> QuotesInArticlesAbout(IReadOnlyList<string> topicTerms, IReadOnlyList<WeightedTerm> terms, IReadOnlySet<int> speakerIds)
    {
        var articles = new HashSet<int>();
        foreach (var hit in _library.Articles.Search(terms, ArticlesAbout))
        {
            if (_library.Citations.Article(hit.ArticleId) is not { } article)
            {
                continue;
            }

            // A topic word counts when the title or summary holds it, its spelling fix, or a compound of it ("windstorm").
            var about = _library.Analyzer.Terms(article.Title + " " + article.Summary).ToHashSet(StringComparer.Ordinal);
            var asked = terms.Where(w => w.Weight >= SpellingWeight).Select(w => w.Term).ToList();
            var covered = asked.Count(t => about.Contains(t) || (t.Length >= 4 && about.Any(a => a.Contains(t, StringComparison.Ordinal))));
            if (covered > 0 && covered * 2 >= topicTerms.Distinct().Count())
            {
                articles.Add(article.Id);
            }
        }

        if (articles.Count == 0)
        {
            return [];
        }

        return speakerIds.SelectMany(_library.Quotes.QuotesOfSpeaker)
            .Select(id => (Id: id, Quote: _library.Citations.Quote(id)))
            .Where(x => x.Quote is not null && articles.Contains(x.Quote.ArticleId))
            .Select(x => new QuoteHit(x.Id, x.Quote!.ArticleId, x.Quote.SpeakerId, QuoteIndex.RankWeight(x.Quote.Kind, true)) { Kind = x.Quote.Kind })
            .OrderByDescending(h => h.Score).ThenByDescending(h => h.QuoteId)
            .Take(CandidatePool)
            .ToList();
    }

    private string Describe(Speaker speaker) =>
        speaker.Roles.Count > 0 && speaker.Type == SpeakerType.Person ? $"{speaker.Name} ({speaker.Roles[0]})" : speaker.Name;

    // The best quotes up to the end of the page asked for (at least the re-ranked window), and how many match (up to the
    // pool an answer pages through).
    private QuoteSearch Search(IReadOnlyList<WeightedTerm> terms, IReadOnlySet<int>? speakerIds, int limit, int offset) =>
        _library.Quotes.Find(terms, Math.Min(CandidatePool, Math.Max(RerankWindow, offset + limit)), speakerIds, CandidatePool);

    private Answer Compose(ParsedQuestion question, QuoteSearch found, bool spread, int limit, int offset, IReadOnlyList<ArticleSummary> summaries, string? note)
    {
        var ranked = _ranker.Rank(found.Hits, RerankWindow, spread);
        var page = new List<CitedQuote>(limit);
        foreach (var group in ranked.Skip(offset).Take(limit))
        {
            var article = _library.Citations.Article(group.Quote.ArticleId)!;
            var others = group.Copies
                .Select(c => _library.Citations.Article(c.ArticleId))
                .OfType<ArticleCard>()
                .Where(a => a.Id != article.Id)
                .Select(CitationOf)
                .DistinctBy(c => c.ArticleId)
                .ToList();
            page.Add(Cite(group.Quote, article) with { AlsoIn = others });
        }

        // Folded copies and quotes no longer citable are left out of the count.
        var left = found.Hits.Count - ranked.Count - ranked.Sum(g => g.Copies.Count);
        var total = Math.Max(ranked.Count, found.Matches - left - ranked.Sum(g => g.Copies.Count));
        var message = page.Count == 0 && offset > 0 ? "No more quotes on this." : note;
        return new Answer(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, page, summaries,
            total, offset, message, []);
    }

    private List<ArticleSummary> Summaries(IReadOnlyList<WeightedTerm> terms)
    {
        if (_options.BriefingSummaries == 0)
        {
            return [];
        }

        return _library.Articles.Search(terms, _options.BriefingSummaries)
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
