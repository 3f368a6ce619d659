using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>In-memory BM25 index of quotes (their text, and their context sentence at a lower weight), kept in step with the store.</summary>
/// <remarks>
/// Speaker names are not indexed: who said it is a filter (<c>speakerIds</c>), not a search word.
/// A quote's score is its BM25 score times its <see cref="RankWeight"/>; equal scores put the quote from the newer article
/// first, then the higher quote id, so the index's top hits are already an answer's order.
/// Thread-safe: searches run together under a read lock, writes take a write lock (see <see cref="Bm25Index"/>).
/// </remarks>
public sealed class QuoteIndex
{
    public const float TextWeight = 1.0f;

    /// <summary>The context sentence counts half: it is about the quote but is the writer's words.</summary>
    public const float ContextWeight = 0.5f;

    /// <summary>The headline and lead-in paragraph count least: they say what the quote is about, not what it says.</summary>
    public const float BackgroundWeight = 0.25f;

    // How much weaker a quoted fragment or a paraphrase counts than a full quote of the same relevance, and a quote nobody
    // could be named for with confidence.
    private const float PartialWeight = 0.75f;
    private const float ReportedWeight = 0.6f;
    private const float UnsureSpeakerWeight = 0.6f;

    private readonly TextAnalyzer _analyzer;
    private readonly Bm25Index _index;

    public QuoteIndex(TextAnalyzer analyzer)
        : this(analyzer, new Bm25Index())
    {
    }

    private QuoteIndex(TextAnalyzer analyzer, Bm25Index index)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _index = index;
    }

    /// <summary>Quotes in the index.</summary>
    public int Count => _index.Count;

    /// <summary>How much a quote of this kind counts in ranking (a full quote with a named speaker: 1).</summary>
    public static float RankWeight(QuoteKind kind, bool attributed)
    {
        var weight = kind switch
        {
            QuoteKind.Partial => PartialWeight,
            QuoteKind.Reported => ReportedWeight,
            _ => 1f,
        };
        return attributed ? weight : weight * UnsureSpeakerWeight;
    }

    /// <summary>An index of the given quotes (typically <c>store.AllQuotes()</c> at start-up).</summary>
    /// <param name="articleDate">The date of each quote's article (for ordering equal scores), when known.</param>
    public static QuoteIndex Build(IEnumerable<Quote> quotes, TextAnalyzer analyzer, Func<int, DateTimeOffset?>? articleDate = null)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var index = new QuoteIndex(analyzer);
        foreach (var quote in quotes)
        {
            index.Add(quote, articleDate?.Invoke(quote.ArticleId));
        }

        index._index.TrimExcess();
        return index;
    }

    /// <summary>Loads an index saved by <see cref="Write"/> (see <see cref="Library.IndexSnapshot"/>).</summary>
    /// <exception cref="InvalidDataException">The data is not a whole saved index.</exception>
    internal static QuoteIndex Read(BinaryReader reader, TextAnalyzer analyzer) => new(analyzer, Bm25Index.Read(reader));

    /// <summary>Saves the index in a compact binary form.</summary>
    internal void Write(BinaryWriter writer) => _index.Write(writer);

    /// <summary>Adds a stored quote (its Id must be set), replacing the quote with that Id if indexed.</summary>
    /// <param name="articleDate">Its article's date: among equal scores, quotes from newer articles come first.</param>
    public void Add(Quote quote, DateTimeOffset? articleDate = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quote.Id, "quote.Id");
        var text = _analyzer.Terms(quote.Text);

        // The context sentence usually contains the quote itself; only its other words are added, so they are not counted twice.
        var seen = text.ToHashSet(StringComparer.Ordinal);
        var context = _analyzer.Terms(quote.Context).Where(t => !seen.Contains(t)).ToList();
        seen.UnionWith(context);
        var background = _analyzer.Terms(quote.Background).Where(seen.Add).ToList();
        _index.Add(
            quote.Id,
            quote.ArticleId,
            quote.SpeakerId ?? Bm25Index.None,
            [
                new Bm25Field(text, TextWeight),
                new Bm25Field(context, ContextWeight),
                new Bm25Field(background, BackgroundWeight),
            ],
            (int)quote.Kind,
            articleDate?.UtcTicks ?? 0,
            RankWeight(quote.Kind, quote.SpeakerId is not null));
    }

    public void Remove(int quoteId) => _index.Remove(quoteId);

    /// <summary>True when the quote with this id is indexed.</summary>
    public bool Contains(int quoteId) => _index.ContainsKey(quoteId);

    /// <summary>Removes every quote of an article (before re-adding a replaced article's quotes); returns their ids.</summary>
    public IReadOnlyList<int> RemoveArticle(int articleId) => _index.RemoveGroup(articleId);

    /// <summary>The best <paramref name="top"/> quotes for the terms, best first; equal scores put the newer article's, then the higher quote id first.</summary>
    /// <param name="speakerIds">When given, only quotes attributed to one of these speakers.</param>
    public IReadOnlyList<QuoteHit> Search(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? speakerIds = null) =>
        Find(terms, top, speakerIds, countLimit: 0).Hits;

    /// <summary>
    /// The best <paramref name="top"/> quotes for the terms, best first, and how many quotes match (up to <paramref name="countLimit"/>).
    /// With no terms and speakers given: those speakers' quotes ranked by <see cref="RankWeight"/>, then newest first.
    /// </summary>
    public QuoteSearch Find(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? speakerIds, int countLimit)
    {
        var (hits, matches) = _index.Find(terms, top, speakerIds, countLimit);
        return new QuoteSearch(hits.Select(ToQuoteHit).ToList(), matches);
    }

    /// <summary>The same as <see cref="Find"/>, scoring every posting (for tests of the top-k search).</summary>
    internal QuoteSearch FindExhaustively(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? speakerIds, int countLimit)
    {
        var (hits, matches) = _index.FindExhaustively(terms, top, speakerIds, countLimit);
        return new QuoteSearch(hits.Select(ToQuoteHit).ToList(), matches);
    }

    private static QuoteHit ToQuoteHit(Bm25Hit h) =>
        new(h.Key, h.Group, h.Tag == Bm25Index.None ? null : h.Tag, h.Score) { Kind = (QuoteKind)h.Data };

    /// <summary>True when some indexed quote uses the analysed term (so a question word is a topic, not a misspelt name).</summary>
    public bool ContainsTerm(string term) => _index.ContainsTerm(term);

    /// <summary>Indexed terms close in spelling to a term the index does not hold ("twiter" → "twitter"), nearest first.</summary>
    public IReadOnlyList<string> NearestTerms(string term, int maxDistance, int max) => _index.NearestTerms(term, maxDistance, max);

    /// <summary>Ids of the indexed quotes attributed to the speaker, ascending.</summary>
    public IReadOnlyList<int> QuotesOfSpeaker(int speakerId) => _index.KeysWithTag(speakerId);

    /// <summary>How many quotes these speakers have, without listing them.</summary>
    public int CountOfSpeakers(IReadOnlySet<int> speakerIds) => _index.CountWithTags(speakerIds);
}
