using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Search;

/// <summary>In-memory BM25 index of articles over title (weight 2), summary (1.5) and body (1); thread-safe like <see cref="QuoteIndex"/>.</summary>
/// <remarks>Equal scores put the newer article first (its date, else when it was ingested), then the higher id.</remarks>
public sealed class ArticleIndex
{
    public const float TitleWeight = 2.0f;
    public const float SummaryWeight = 1.5f;
    public const float BodyWeight = 1.0f;

    private readonly TextAnalyzer _analyzer;
    private readonly Bm25Index _index;

    public ArticleIndex(TextAnalyzer analyzer)
        : this(analyzer, new Bm25Index())
    {
    }

    private ArticleIndex(TextAnalyzer analyzer, Bm25Index index)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        _index = index;
    }

    /// <summary>Articles in the index.</summary>
    public int Count => _index.Count;

    public static ArticleIndex Build(IEnumerable<Article> articles, TextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var index = new ArticleIndex(analyzer);
        foreach (var article in articles)
        {
            index.Add(article);
        }

        index._index.TrimExcess();
        return index;
    }

    /// <summary>Loads an index saved by <see cref="Write"/> (see <see cref="Library.IndexSnapshot"/>).</summary>
    /// <exception cref="InvalidDataException">The data is not a whole saved index.</exception>
    internal static ArticleIndex Read(BinaryReader reader, TextAnalyzer analyzer) => new(analyzer, Bm25Index.Read(reader));

    /// <summary>Saves the index in a compact binary form.</summary>
    internal void Write(BinaryWriter writer) => _index.Write(writer);

    /// <summary>Adds a stored article (its Id must be set), replacing the article with that Id if indexed (e.g. after a new summary).</summary>
    public void Add(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(article.Id, "article.Id");
        _index.Add(
            article.Id,
            Bm25Index.None,
            Bm25Index.None,
            [
                new Bm25Field(_analyzer.Terms(article.Title), TitleWeight),
                new Bm25Field(_analyzer.Terms(article.Summary), SummaryWeight),
                new Bm25Field(_analyzer.Terms(article.Body), BodyWeight),
            ],
            order: (article.PublishedAt ?? article.IngestedAt).UtcTicks);
    }

    public void Remove(int articleId) => _index.Remove(articleId);

    /// <summary>The best <paramref name="top"/> articles for the terms, best first; equal scores put the newer, then the higher id first.</summary>
    public IReadOnlyList<ArticleHit> Search(IReadOnlyList<WeightedTerm> terms, int top) =>
        _index.Search(terms, top).Select(h => new ArticleHit(h.Key, h.Score)).ToList();
}
