using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Library;

/// <summary>
/// Articles gathered to be stored together (group commit): each is added with what its text says of its speakers, which the
/// speaker directory learns at once (so the next article's extraction knows them, as with one-by-one saves); <see cref="Save()"/>
/// then stores all of them and the speakers they name in one transaction and brings the indexes in step.
/// </summary>
/// <remarks>Not thread-safe: one caller fills and saves a batch. A batch is saved once.</remarks>
public sealed class ArticleBatch
{
    private readonly BriefingLibrary _library;
    private readonly List<ArticleToSave> _articles = [];
    private readonly HashSet<Speaker> _speakers = [];
    private bool _saved;

    internal ArticleBatch(BriefingLibrary library) => _library = library;

    /// <summary>Articles added so far.</summary>
    public int Count => _articles.Count;

    /// <summary>Adds an article and its quotes, each with the name of whom the text says spoke it (null: nobody sure).</summary>
    public void Add(Article article, IReadOnlyList<SpeakerFact> facts, IReadOnlyList<(Quote Quote, string? SpeakerName)> quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(quotes);
        ObjectDisposedException.ThrowIf(_saved, this);
        var speakerOf = _library.LearnSpeakers(facts, quotes, _speakers);
        _articles.Add(new ArticleToSave(article, quotes.Select(q => q.Quote).ToList(), speakerOf));
    }

    /// <summary>
    /// Stores every article of the batch with its quotes and the speakers they name, all in one transaction, then updates the
    /// indexes. When the store fails nothing of the batch is stored (the exception is rethrown) and the indexes are unchanged.
    /// </summary>
    /// <remarks>
    /// May run while the next batch is being filled: the speakers are stored from copies taken under the directory's lock, and
    /// the new ones get their ids afterwards, so the directory can go on learning meanwhile.
    /// </remarks>
    /// <returns>What each article stored, in the order added.</returns>
    public IReadOnlyList<ArticleSaveResult> Save() => Save(alongside: null);

    /// <summary>As <see cref="Save()"/>, running <paramref name="alongside"/> in the store's transaction after the saves (throwing from it stores nothing).</summary>
    internal IReadOnlyList<ArticleSaveResult> Save(Action<IReadOnlyList<ArticleSaveResult>>? alongside)
    {
        ObjectDisposedException.ThrowIf(_saved, this);
        _saved = true;
        if (_articles.Count == 0)
        {
            return [];
        }

        var speakers = _speakers.ToList();
        var copies = _library.Speakers.CopyOf(speakers);
        var copyOf = new Dictionary<Speaker, Speaker>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < speakers.Count; i++)
        {
            copyOf[speakers[i]] = copies[i];
        }

        // Speakers named by quotes but saved by an earlier batch are not copied; they have their ids by now.
        var articles = _articles
            .Select(a => a with { SpeakerOfQuote = a.SpeakerOfQuote?.Select(s => s is null ? null : copyOf.GetValueOrDefault(s, s)).ToList() })
            .ToList();
        var results = _library.SaveBatch(articles, copies, alongside);
        _library.Speakers.TakeIds(speakers, copies);
        return results;
    }
}
