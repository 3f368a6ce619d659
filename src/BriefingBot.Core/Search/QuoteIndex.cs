using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>A quote found by <see cref="QuoteIndex.Search"/>.</summary>
public readonly record struct QuoteHit(int QuoteId, int ArticleId, int? SpeakerId, double Score)
{
    /// <summary>The quote's kind (kept in the index, so answers can rank hits without reading the quotes).</summary>
    public QuoteKind Kind { get; init; }
}

/// <summary>In-memory BM25 index of quotes (their text, and their context sentence at a lower weight), kept in step with the store.</summary>
/// <remarks>
/// Speaker names are not indexed: who said it is a filter (<c>speakerIds</c>), not a search word.
/// Thread-safe: searches run together under a read lock, writes take a write lock (see <see cref="Bm25Index"/>).
/// </remarks>
public sealed class QuoteIndex
{
    public const float TextWeight = 1.0f;

    /// <summary>The context sentence counts half: it is about the quote but is the writer's words.</summary>
    public const float ContextWeight = 0.5f;

    /// <summary>The headline and lead-in paragraph count least: they say what the quote is about, not what it says.</summary>
    public const float BackgroundWeight = 0.25f;

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

    /// <summary>An index of the given quotes (typically <c>store.AllQuotes()</c> at start-up).</summary>
    public static QuoteIndex Build(IEnumerable<Quote> quotes, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var index = new QuoteIndex(analyzer);
        foreach (var quote in quotes)
        {
            index.Add(quote);
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
    public void Add(Quote quote)
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
                new Bm25Index.Field(text, TextWeight),
                new Bm25Index.Field(context, ContextWeight),
                new Bm25Index.Field(background, BackgroundWeight),
            ],
            (int)quote.Kind);
    }

    public void Remove(int quoteId) => _index.Remove(quoteId);

    /// <summary>True when the quote with this id is indexed.</summary>
    public bool Contains(int quoteId) => _index.ContainsKey(quoteId);

    /// <summary>Removes every quote of an article (before re-adding a replaced article's quotes).</summary>
    public void RemoveArticle(int articleId) => _index.RemoveGroup(articleId);

    /// <summary>The best <paramref name="top"/> quotes for the terms, best first; equal scores put the newer (higher) quote id first.</summary>
    /// <param name="speakerIds">When given, only quotes attributed to one of these speakers.</param>
    public IReadOnlyList<QuoteHit> Search(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? speakerIds = null) =>
        _index.Search(terms, top, speakerIds)
            .Select(h => new QuoteHit(h.Key, h.Group, h.Tag == Bm25Index.None ? null : h.Tag, h.Score) { Kind = (QuoteKind)h.Data })
            .ToList();

    /// <summary>True when some indexed quote uses the analysed term (so a question word is a topic, not a misspelt name).</summary>
    public bool ContainsTerm(string term) => _index.ContainsTerm(term);

    /// <summary>Ids of the indexed quotes attributed to the speaker, ascending.</summary>
    public IReadOnlyList<int> QuotesOfSpeaker(int speakerId) => _index.KeysWithTag(speakerId);
}
