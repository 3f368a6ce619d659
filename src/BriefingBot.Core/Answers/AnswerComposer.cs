using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Answers a question with cited quotes: speaker match first, then topic relevance, then recency.</summary>
/// <remarks>
/// Nothing is read from the store: the quote index ranks (its scores already weigh a quote's kind and whether its speaker is
/// sure, and its ties go to the newer article), and the library's citation table holds what a citation shows.
/// </remarks>
public sealed class AnswerComposer
{
    // The most quotes an answer counts and pages through.
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

        // With no topic, the speakers' quotes ranked by kind, newest first.
        var terms = question.TopicTerms.Count == 0 ? [] : _library.Thesaurus.Expand(question.TopicTerms);
        var found = Search(terms, ids, limit, offset);
        if (found.Matches == 0)
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
        return Compose(question, found, limit, offset, summaries: [], note);
    }

    private Answer AboutTopic(ParsedQuestion question, int limit, int offset)
    {
        var terms = _library.Thesaurus.Expand(question.TopicTerms);
        var found = Search(terms, speakerIds: null, limit, offset);
        var summaries = offset == 0 ? Summaries(terms) : [];
        if (found.Matches == 0 && summaries.Count == 0)
        {
            return Empty(question, $"I have nothing on {question.Topic} yet.", []);
        }

        return Compose(question, found, limit, offset, summaries, note: null);
    }

    // The best quotes up to the end of the page asked for, and how many match (up to the pool an answer pages through).
    private QuoteSearch Search(IReadOnlyList<WeightedTerm> terms, IReadOnlySet<int>? speakerIds, int limit, int offset) =>
        _library.Quotes.Find(terms, Math.Min(offset + limit, CandidatePool), speakerIds, CandidatePool);

    private Answer Compose(ParsedQuestion question, QuoteSearch found, int limit, int offset, IReadOnlyList<ArticleSummary> summaries, string? note)
    {
        var page = new List<CitedQuote>(limit);
        var missing = 0;
        foreach (var hit in found.Hits.Skip(offset))
        {
            if (_library.Citations.Quote(hit.QuoteId) is { } quote && _library.Citations.Article(quote.ArticleId) is { } article)
            {
                page.Add(Cite(quote, article));
            }
            else
            {
                // Indexed but not (or no longer) citable, as when a write is half applied: left out of the count too.
                missing++;
            }
        }

        var message = page.Count == 0 && offset > 0 ? "No more quotes on this." : note;
        return new Answer(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, page, summaries,
            found.Matches - missing, offset, message, []);
    }

    private IReadOnlyList<ArticleSummary> Summaries(IReadOnlyList<WeightedTerm> terms)
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

    // Titles of articles the speaker was quoted in, to suggest when a question finds nothing on its topic.
    private IReadOnlyList<string> TopicsOf(IReadOnlySet<int> speakerIds) =>
        speakerIds.SelectMany(_library.Quotes.QuotesOfSpeaker).Distinct().Take(50)
            .Select(_library.Citations.ArticleOf)
            .Where(id => id > 0)
            .Distinct()
            .Select(_library.Citations.Article)
            .OfType<ArticleCard>()
            .Select(a => a.Title)
            .Where(t => t.Length > 0)
            .Distinct()
            .Take(3)
            .ToList();

    private static CitedQuote Cite(QuoteCard quote, ArticleCard article) =>
        new(quote.Id, quote.Text, quote.Kind, quote.Speaker, quote.SpeakerRole, quote.Confidence, quote.Context, CitationOf(article));

    private static Citation CitationOf(ArticleCard article) =>
        new(article.Id, article.Title, article.Outlet, article.PublishedAt, article.Url);

    private static Answer Empty(ParsedQuestion question, string message, IReadOnlyList<string> suggestions) =>
        new(question.Text, question.Speakers.Select(s => s.Name).ToList(), question.Topic, [], [], 0, 0, message, suggestions);

    private int ClampLimit(int? limit) => Math.Clamp(limit ?? _options.DefaultLimit, 1, _options.MaxLimit);
}
