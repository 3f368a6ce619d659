using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Answers a question with cited quotes: speaker match first, then topic relevance, then recency.</summary>
public sealed class AnswerComposer
{
    // How much weaker a quoted fragment or a paraphrase counts than a full quote of the same relevance.
    private const double PartialWeight = 0.75;
    private const double ReportedWeight = 0.6;
    private const double UnsureSpeakerWeight = 0.6;
    private const int CandidatePool = 200;

    private readonly BriefingLibrary _library;
    private readonly AnswerOptions _options;
    private readonly QuestionParser _parser;

    public AnswerComposer(BriefingLibrary library, AnswerOptions options)
    {
        _library = library;
        _options = options;
        _parser = new QuestionParser(library.Speakers, library.Analyzer, options)
        {
            IsKnownTopicTerm = term => library.Quotes.ContainsTerm(term),
        };
    }

    public ParsedQuestion Parse(string question) => _parser.Parse(question);

    /// <summary>Answers a free-text question; <paramref name="offset"/> pages through further quotes.</summary>
    public Answer Ask(string question, int? limit = null, int offset = 0)
    {
        var parsed = _parser.Parse(question);
        return Answer(parsed, ClampLimit(limit), Math.Max(0, offset));
    }

    /// <summary>"Brief me on X": the best quotes on a topic plus the summaries of the most relevant articles.</summary>
    public Answer Brief(string topic, int? limit = null, int offset = 0)
    {
        var parsed = _parser.Parse("brief me on " + topic);
        return Answer(parsed, ClampLimit(limit), Math.Max(0, offset));
    }

    private Answer Answer(ParsedQuestion question, int limit, int offset)
    {
        if (question.SpeakerUnknown)
        {
            var near = _library.Speakers.FindSimilar(question.SpeakerText!, 0.75, 3).Select(s => s.Speaker.Name).ToList();
            var message = $"I have no quotes from {question.SpeakerText} yet."
                + (near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "");
            return Empty(question, message, near);
        }

        if (question.AsksAboutSpeaker)
        {
            return AboutSpeakers(question, limit, offset);
        }

        if (question.TopicTerms.Count == 0)
        {
            return Empty(question, "Ask about someone or something, for example: what did Peskov say about bans", []);
        }

        return AboutTopic(question, limit, offset);
    }

    private Answer AboutSpeakers(ParsedQuestion question, int limit, int offset)
    {
        var ids = question.Speakers.Select(s => s.Id).ToHashSet();
        var names = question.Speakers.Select(s => s.Name).ToList();
        List<Candidate> ranked;
        if (question.TopicTerms.Count == 0)
        {
            var quotes = _library.Store.GetQuotes(ids.SelectMany(_library.Quotes.QuotesOfSpeaker).Distinct());
            ranked = quotes.Select(q => new Candidate(q.Id, q.SpeakerId, Weight(q.Kind, q.SpeakerId), q)).ToList();
        }
        else
        {
            var terms = _library.Thesaurus.Expand(question.TopicTerms);
            var hits = _library.Quotes.Search(terms, CandidatePool, ids);
            ranked = Scored(hits);
        }

        ranked = ranked.Where(x => x.SpeakerId is int id && ids.Contains(id)).ToList();
        if (ranked.Count == 0)
        {
            var who = string.Join(" or ", names);
            if (question.TopicTerms.Count == 0)
            {
                return Empty(question, $"I have no quotes from {who} yet.", []);
            }

            var otherTopics = TopicsOf(ids);
            var message = $"I have nothing from {who} on {question.Topic}."
                + (otherTopics.Count > 0 ? $" {who} has spoken on: {string.Join(", ", otherTopics)}." : "");
            return Empty(question, message, otherTopics);
        }

        var note = question.SpeakerGuessed ? $"Showing quotes from {string.Join(" or ", names)}." : null;
        return Compose(question, ranked, limit, offset, summaries: [], note);
    }

    private Answer AboutTopic(ParsedQuestion question, int limit, int offset)
    {
        var terms = _library.Thesaurus.Expand(question.TopicTerms);
        var ranked = Scored(_library.Quotes.Search(terms, CandidatePool));
        var summaries = offset == 0 ? Summaries(terms) : [];
        if (ranked.Count == 0 && summaries.Count == 0)
        {
            return Empty(question, $"I have nothing on {question.Topic} yet.", []);
        }

        return Compose(question, ranked, limit, offset, summaries, note: null);
    }

    // The index keeps each quote's kind and speaker, so hits are ranked without reading the quotes from the store.
    private static List<Candidate> Scored(IReadOnlyList<QuoteHit> hits) =>
        hits.Select(h => new Candidate(h.QuoteId, h.SpeakerId, h.Score * Weight(h.Kind, h.SpeakerId), null)).ToList();

    private static double Weight(QuoteKind kind, int? speakerId)
    {
        var weight = kind switch
        {
            QuoteKind.Partial => PartialWeight,
            QuoteKind.Reported => ReportedWeight,
            _ => 1.0,
        };
        return speakerId is null ? weight * UnsureSpeakerWeight : weight;
    }

    // Only the quotes that can reach the page are read from the store: the best offset + limit by score, and any tied with the
    // last of them (ties are ordered by the article's date, which needs the article).
    private Answer Compose(ParsedQuestion question, List<Candidate> candidates, int limit, int offset, IReadOnlyList<ArticleSummary> summaries, string? note)
    {
        var byScore = candidates.OrderByDescending(c => Math.Round(c.Score, 6)).ToList();
        var cut = byScore.Count;
        if (offset + limit < byScore.Count)
        {
            cut = offset + limit;
            var boundary = Math.Round(byScore[cut - 1].Score, 6);
            while (cut < byScore.Count && Math.Round(byScore[cut].Score, 6) == boundary)
            {
                cut++;
            }
        }

        var head = byScore.Take(cut).ToList();
        var read = _library.Store.GetQuotes(head.Where(c => c.Quote is null).Select(c => c.QuoteId)).ToDictionary(q => q.Id);
        var ranked = head
            .Select(c => (Quote: c.Quote ?? read.GetValueOrDefault(c.QuoteId), c.Score))
            .Where(r => r.Quote is not null)
            .Select(r => (Quote: r.Quote!, r.Score))
            .ToList();
        var articles = _library.Store.GetArticles(ranked.Select(r => r.Quote.ArticleId).Distinct()).ToDictionary(a => a.Id);
        var ordered = ranked
            .Where(r => articles.ContainsKey(r.Quote.ArticleId))
            .OrderByDescending(r => Math.Round(r.Score, 6))
            .ThenByDescending(r => articles[r.Quote.ArticleId].PublishedAt ?? articles[r.Quote.ArticleId].IngestedAt)
            .ThenBy(r => r.Quote.ArticleId)
            .ThenBy(r => r.Quote.Start)
            .ToList();
        var page = ordered.Skip(offset).Take(limit)
            .Select(r => Cite(r.Quote, articles[r.Quote.ArticleId]))
            .ToList();
        var message = page.Count == 0 && offset > 0 ? "No more quotes on this." : note;
        var total = byScore.Count - (head.Count - ordered.Count);
        return new Answer(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, page, summaries,
            total, offset, message, []);
    }

    private IReadOnlyList<ArticleSummary> Summaries(IReadOnlyList<WeightedTerm> terms)
    {
        if (_options.BriefingSummaries == 0)
        {
            return [];
        }

        var hits = _library.Articles.Search(terms, _options.BriefingSummaries);
        var articles = _library.Store.GetArticles(hits.Select(h => h.ArticleId)).ToDictionary(a => a.Id);
        return hits
            .Where(h => articles.ContainsKey(h.ArticleId))
            .Select(h => articles[h.ArticleId])
            .Select(a => string.IsNullOrWhiteSpace(a.Summary)
                ? new ArticleSummary(Lead(a.Body), IsLead: true, CitationOf(a))
                : new ArticleSummary(a.Summary!, IsLead: false, CitationOf(a)))
            .Where(s => s.Text.Length > 0)
            .ToList();
    }

    // Titles of articles the speaker was quoted in, to suggest when a question finds nothing on its topic.
    private IReadOnlyList<string> TopicsOf(IReadOnlySet<int> speakerIds)
    {
        var quotes = _library.Store.GetQuotes(speakerIds.SelectMany(_library.Quotes.QuotesOfSpeaker).Distinct().Take(50));
        var articles = _library.Store.GetArticles(quotes.Select(q => q.ArticleId).Distinct());
        return articles.Select(a => a.Title).Where(t => t.Length > 0).Distinct().Take(3).ToList();
    }

    private static CitedQuote Cite(Quote quote, Article article) =>
        new(quote.Id, quote.Text, quote.Kind, quote.Speaker, quote.SpeakerRole, quote.Confidence, quote.Context, CitationOf(article));

    private static Citation CitationOf(Article article) =>
        new(article.Id, article.Title, article.Outlet, article.PublishedAt, article.Url);

    private static string Lead(string body)
    {
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var lead = end < 0 ? body : body[..end];
        return lead.Length <= 400 ? lead : lead[..400].TrimEnd() + "…";
    }

    private static Answer Empty(ParsedQuestion question, string message, IReadOnlyList<string> suggestions) =>
        new(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, [], [], 0, 0, message, suggestions);

    private sealed record Candidate(int QuoteId, int? SpeakerId, double Score, Quote? Quote);

    private int ClampLimit(int? limit) => Math.Clamp(limit ?? _options.DefaultLimit, 1, _options.MaxLimit);
}
