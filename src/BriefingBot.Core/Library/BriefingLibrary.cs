using BriefingBot.Core.Articles;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Core.Library;

/// <summary>The store with the indexes and speaker directory kept in step with it: every write goes through here.</summary>
public sealed class BriefingLibrary : IDisposable
{
    private readonly Lock _writeGate = new();
    private readonly string _snapshotPath;
    private readonly ILogger _logger;

    // The store's change count that the snapshot on disk reflects (-1: none), so closing writes one only when something changed.
    private long _snapshotChange = -1;
    private bool _disposed;

    private BriefingLibrary(BriefingStore store, SpeakerDirectory speakers, TextAnalyzer analyzer, TopicThesaurus thesaurus, ILogger logger)
    {
        _logger = logger;
        Store = store;
        Speakers = speakers;
        Analyzer = analyzer;
        Thesaurus = thesaurus;
        _snapshotPath = IndexSnapshot.PathFor(store.Path);
        (Quotes, Articles, Citations) = LoadIndexes();
    }

    public BriefingStore Store { get; }

    public SpeakerDirectory Speakers { get; }

    public QuoteIndex Quotes { get; private set; }

    public ArticleIndex Articles { get; private set; }

    /// <summary>What answers cite, in memory (see <see cref="CitationTable"/>).</summary>
    public CitationTable Citations { get; private set; }

    public TextAnalyzer Analyzer { get; }

    public TopicThesaurus Thesaurus { get; }

    /// <summary>A stored article, or null when there is none with that id.</summary>
    public Article? FindArticle(int id) => Store.GetArticle(id);

    /// <summary>The quotes found in an article, in the order they were stored.</summary>
    public IReadOnlyList<Quote> QuotesOfArticle(int articleId) => Store.QuotesOfArticle(articleId);

    /// <summary>The most recent articles (by publication date, else when they were ingested), newest first.</summary>
    public IReadOnlyList<Article> RecentArticles(int limit) => Store.ListArticles(limit);

    /// <summary>
    /// Speaker names to offer for what was typed: those a name word or alias starts with it first, then those whose name
    /// contains it, each group most quoted first; with nothing typed, the most quoted speakers. Looked up in the directory's
    /// name index, so only the speakers that match are counted.
    /// </summary>
    public IReadOnlyList<string> SuggestSpeakers(string typed, int max)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var key = NameNormalizer.Key(typed.Length > 100 ? typed[..100] : typed);
        var index = Speakers.NameIndex();
        var matches = key.Length == 0 ? index.Speakers.Select(s => (Speaker: s, Match: SpeakerNameMatch.Contains)).ToList() : index.Find(key);
        return matches
            .Select(m => (m.Speaker, m.Match, Quotes: Quotes.QuotesOfSpeaker(m.Speaker.Id).Count))
            .Where(m => m.Quotes > 0 || key.Length > 0)
            .OrderByDescending(m => m.Match).ThenByDescending(m => m.Quotes).ThenBy(m => m.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => m.Speaker.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    /// <summary>Opens the store, merges the shipped speakers into it and loads the indexes.</summary>
    /// <param name="options">Where the store and reference files are.</param>
    /// <param name="logger">Told, in one line, when the saved indexes could not be used and were rebuilt from the store.</param>
    public static BriefingLibrary Open(LibraryOptions options, ILogger<BriefingLibrary>? logger = null)
    {
        var store = BriefingStore.Open(options.StorePath);
        try
        {
            var analyzer = new TextAnalyzer();
            var synonymsPath = LibraryOptions.ResolveShipped(options.SynonymsPath);
            var thesaurus = TopicThesaurus.LoadShared(LibraryOptions.ResolveShipped(options.TopicsPath),
                synonymsPath: File.Exists(synonymsPath) ? synonymsPath : null);
            var speakers = new SpeakerDirectory(store.AllSpeakers());
            var shippedPath = LibraryOptions.ResolveShipped(options.SpeakersPath);
            if (File.Exists(shippedPath))
            {
                MergeShippedSpeakers(store, speakers, SpeakerCatalog.Load(shippedPath));
            }

            return new BriefingLibrary(store, speakers, analyzer, thesaurus, (ILogger?)logger ?? NullLogger.Instance);
        }
        catch (Exception e) when (e is not (StoreException or IOException or UnauthorizedAccessException or OutOfMemoryException or InvalidDataException))
        {
            // LiteDB reads damaged pages without noticing until a document or index node makes no sense; it fails in many ways.
            store.Dispose();
            throw BriefingStore.DamagedWhileReading(store.Path, e);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Saves an article with its quotes in one transaction, then brings the indexes in step.</summary>
    public ArticleSaveResult Save(Article article, IReadOnlyList<Quote> quotes)
    {
        lock (_writeGate)
        {
            var result = Store.SaveArticle(article, quotes);
            Apply(result);
            return result;
        }
    }

    /// <summary>Starts a batch of articles to store in one transaction (see <see cref="ArticleBatch"/>).</summary>
    public ArticleBatch StartBatch() => new(this);

    /// <summary>
    /// Learns what an article says of its speakers and links each quote to its speaker by canonical name,
    /// storing new or changed speakers first so that quotes can carry their ids.
    /// </summary>
    public void AssignSpeakers(IReadOnlyList<SpeakerFact> facts, IReadOnlyList<(Quote Quote, string? SpeakerName)> quotes)
    {
        var changed = new HashSet<Speaker>();
        var speakerOf = LearnSpeakers(facts, quotes, changed);
        if (changed.Count > 0)
        {
            lock (_writeGate)
            {
                Store.SaveSpeakers(changed);
            }
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            if (speakerOf[i] is { } speaker)
            {
                quotes[i].Quote.SpeakerId = speaker.Id;
                quotes[i].Quote.Speaker = speaker.Name;
            }
        }
    }

    // The directory learns what the article says of its quoted speakers (and of people already known); returns each quote's
    // speaker (null: none named) and adds the speakers that are new or changed, so need storing, to `changed`.
    internal IReadOnlyList<Speaker?> LearnSpeakers(
        IReadOnlyList<SpeakerFact> facts, IReadOnlyList<(Quote Quote, string? SpeakerName)> quotes, ISet<Speaker> changed)
    {
        var quotedNames = quotes.Where(q => !string.IsNullOrWhiteSpace(q.SpeakerName))
            .Select(q => NameNormalizer.Key(q.SpeakerName!)).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            // Only what the article says of its speakers or of people already known: other names it mentions are noise here.
            if (!quotedNames.Contains(NameNormalizer.Key(fact.Name)) && Speakers.FindByName(fact.Name) is null)
            {
                continue;
            }

            var (speaker, wasChanged) = Speakers.Learn(fact);
            if (wasChanged || speaker.Id == 0)
            {
                changed.Add(speaker);
            }
        }

        var speakerOf = new Speaker?[quotes.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var name = quotes[i].SpeakerName;
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var speaker = Speakers.FindByName(name);
            if (speaker is null)
            {
                (speaker, _) = Speakers.Learn(new SpeakerFact(name));
                changed.Add(speaker);
            }

            speakerOf[i] = speaker;
        }

        return speakerOf;
    }

    internal IReadOnlyList<ArticleSaveResult> SaveBatch(
        IReadOnlyList<ArticleToSave> articles, IReadOnlyCollection<Speaker> speakers, Action<IReadOnlyList<ArticleSaveResult>>? alongside = null)
    {
        lock (_writeGate)
        {
            var results = Store.SaveArticles(articles, speakers, alongside);

            // In order: an article repeated in the batch drops the quotes its earlier copy added.
            foreach (var result in results)
            {
                Apply(result);
            }

            return results;
        }
    }

    /// <summary>Runs a moderator's change (a store write and the index updates after it) with no other write in between.</summary>
    internal T Curate<T>(Func<T> change)
    {
        lock (_writeGate)
        {
            return change();
        }
    }

    /// <summary>Brings the indexes in step with a stored quote that changed (or came back).</summary>
    internal void Reindex(Quote quote)
    {
        Unindex(quote.Id);
        var article = Store.GetArticle(quote.ArticleId);
        if (article is null)
        {
            return;
        }

        Citations.AddQuote(quote);
        Quotes.Add(quote, DateOf(article));
    }

    /// <summary>Takes a quote out of the indexes (a moderator removed it).</summary>
    internal void Unindex(int quoteId)
    {
        Quotes.Remove(quoteId);
        Citations.RemoveQuote(quoteId);
    }

    /// <summary>Brings the indexes in step with an article whose own fields (its summary) changed.</summary>
    internal void Reindex(Article article)
    {
        Citations.AddArticle(article);
        Articles.Add(article);
    }

    /// <summary>Sets an article's summary; false when there is no such article.</summary>
    public bool SetSummary(int articleId, string summary)
    {
        lock (_writeGate)
        {
            if (!Store.SetSummary(articleId, summary))
            {
                return false;
            }

            Reindex(Store.GetArticle(articleId)!);
            return true;
        }
    }

    /// <summary>Imports an export file in one transaction, then reloads indexes and speakers from the store.</summary>
    public ImportResult Import(Stream input)
    {
        lock (_writeGate)
        {
            var result = new StoreTransfer(Store).Import(input);
            Reload();
            return result;
        }
    }

    /// <summary>Saves the indexes beside the store when they changed since they were last saved, then closes the store.</summary>
    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                SaveIndexes();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or StoreException)
            {
                // Not fatal: the next open replays or rebuilds from the store.
            }
            finally
            {
                Store.Dispose();
            }
        }
    }

    /// <summary>Writes the index snapshot now if the store changed since the last one (it is also written on <see cref="Dispose"/>).</summary>
    public void SaveIndexes()
    {
        lock (_writeGate)
        {
            var change = Store.Changes;
            if (change == _snapshotChange)
            {
                return;
            }

            IndexSnapshot.Write(_snapshotPath, new IndexSnapshot.Saved(Store.StoreId, change, Store.LastQuoteId, Quotes, Articles, Citations));
            _snapshotChange = change;
        }
    }

    // The saved indexes brought up to date with the store's later changes, or, without a usable snapshot, indexes rebuilt from
    // every stored quote and article (then saved, so the next open is quick).
    private (QuoteIndex Quotes, ArticleIndex Articles, CitationTable Citations) LoadIndexes()
    {
        var change = Store.Changes;
        var saved = IndexSnapshot.TryRead(_snapshotPath, Store.StoreId, Analyzer, out var refusal);
        if (refusal is not null)
        {
            _logger.LogWarning("The index snapshot {Path} was not used ({Reason}); rebuilding the indexes from the store.", _snapshotPath, refusal);
        }

        if (saved is not null && saved.Change > change)
        {
            _logger.LogWarning("The index snapshot {Path} is ahead of its store (restored from an older copy?); rebuilding the indexes from the store.", _snapshotPath);
        }

        if (saved is not null && saved.Change <= change)
        {
            var lastQuoteId = saved.LastQuoteId;
            foreach (var articleId in Store.ArticlesChangedSince(saved.Change))
            {
                foreach (var removed in saved.Quotes.RemoveArticle(articleId))
                {
                    saved.Citations.RemoveQuote(removed);
                }

                var article = Store.GetArticle(articleId)!;
                saved.Citations.AddArticle(article);
                foreach (var quote in Store.QuotesOfArticle(articleId))
                {
                    saved.Citations.AddQuote(quote);
                    saved.Quotes.Add(quote, DateOf(article));
                    lastQuoteId = Math.Max(lastQuoteId, quote.Id);
                }

                saved.Articles.Add(article);
            }

            // A quote the snapshot and the replay both miss was written without a change stamp (by an older build): rebuild.
            var storeLast = Store.LastQuoteId;
            if (storeLast == lastQuoteId && (storeLast == 0 || saved.Quotes.Contains(storeLast)))
            {
                _snapshotChange = saved.Change;
                return (saved.Quotes, saved.Articles, saved.Citations);
            }
        }

        return Rebuild();
    }

    // Brings the indexes and citations in step with one stored article.
    private void Apply(ArticleSaveResult result)
    {
        foreach (var removed in result.RemovedQuoteIds)
        {
            Quotes.Remove(removed);
            Citations.RemoveQuote(removed);
        }

        // Citations first: a search may find a quote as soon as it is indexed.
        Citations.AddArticle(result.Article);
        var date = DateOf(result.Article);
        foreach (var quote in result.Quotes)
        {
            Citations.AddQuote(quote);
            Quotes.Add(quote, date);
        }

        Articles.Add(result.Article);
    }

    // An import may add, merge and renumber speakers and quotes: take both afresh from the store.
    private void Reload()
    {
        Speakers.Reset(Store.AllSpeakers());
        (Quotes, Articles, Citations) = Rebuild();
    }

    // Indexes and citations built from every stored quote and article, then saved so the next open is quick.
    private (QuoteIndex Quotes, ArticleIndex Articles, CitationTable Citations) Rebuild()
    {
        var change = Store.Changes;
        var stored = Store.ListArticles();
        var dates = stored.ToDictionary(a => a.Id, DateOf);
        var citations = CitationTable.Build(stored, []);
        var articles = ArticleIndex.Build(stored, Analyzer);
        var quotes = QuoteIndex.Build(Store.AllQuotes().Select(q =>
        {
            citations.AddQuote(q);
            return q;
        }), Analyzer, id => dates.GetValueOrDefault(id));
        try
        {
            IndexSnapshot.Write(_snapshotPath, new IndexSnapshot.Saved(Store.StoreId, change, Store.LastQuoteId, quotes, articles, citations));
            _snapshotChange = change;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: the library works, it just rebuilds on every open.
        }

        return (quotes, articles, citations);
    }

    // What orders equal-scoring quotes: their article's date, else when it was ingested.
    private static DateTimeOffset DateOf(Article article) => article.PublishedAt ?? article.IngestedAt;

    // Shipped speakers fill in what the store does not know yet; what the store learnt stays.
    private static void MergeShippedSpeakers(BriefingStore store, SpeakerDirectory directory, IReadOnlyList<Speaker> shipped)
    {
        var changed = new List<Speaker>();
        foreach (var known in shipped)
        {
            var (speaker, wasChanged) = directory.Learn(new SpeakerFact(known.Name, known.Type, null, null, known.Gender));
            wasChanged |= speaker.Absorb(known);
            if (wasChanged || speaker.Id == 0)
            {
                directory.Reindex(speaker);
                changed.Add(speaker);
            }
        }

        if (changed.Count > 0)
        {
            store.SaveSpeakers(changed);
        }
    }
}
