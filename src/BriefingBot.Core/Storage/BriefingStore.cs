using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace BriefingBot.Core.Storage;

/// <summary>The bot's database of articles, quotes and speakers: one LiteDB file, opened by one process at a time.</summary>
/// <remarks>
/// Reads may run on any thread at once; writes are serialised by a lock and each runs in one LiteDB transaction.
/// A "&lt;file&gt;.lock" file beside the database is held open exclusively while the store is open (and deleted when it closes), because
/// LiteDB's direct mode does not stop a second process from opening the same file on Linux.
/// </remarks>
public sealed partial class BriefingStore : IDisposable
{
    /// <summary>The schema this build writes (kept in LiteDB's UserVersion pragma).</summary>
    public const int SchemaVersion = 1;

    private const string ArticlesName = "articles";
    private const string QuotesName = "quotes";
    private const string SpeakersName = "speakers";
    private const string MetaName = "meta";

    // The meta collection's one document: the store's identity and its change counter.
    private const string StateId = "state";
    private const string StoreIdField = "StoreId";

    // On article documents, and in the state document: the change that last wrote the article / the latest change.
    private const string ChangeField = "Change";

    // Extra fields on article documents, not on Article: the match key for URLs and a sort key for ListArticles.
    private const string UrlKeyField = "UrlKey";
    private const string SortKeyField = "SortKey";

    // LiteDB waits this long for its own locks before failing, so a stuck file fails fast instead of hanging.
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(2);

    // Migrations[n] brings a store from schema n to n + 1.
    private static readonly Action<LiteDatabase>[] Migrations = [CreateVersion1];

    private readonly LiteDatabase _db;
    private readonly FileStream _lockFile;
    private readonly BsonMapper _mapper;
    private readonly ILiteCollection<BsonDocument> _articles;
    private readonly ILiteCollection<Quote> _quotes;
    private readonly ILiteCollection<Speaker> _speakers;
    private readonly ILiteCollection<BsonDocument> _meta;
    private readonly Lock _writeLock = new();

    // LiteDB 5 can fail inside its query executor (IndexOutOfRangeException) when several threads query at once, so every
    // query takes the same gate as the writes (System.Threading.Lock is re-entrant, so writes may read inside it).
    private Lock _readLock => _writeLock;
    private bool _disposed;
    private StoreFiles? _files;

    // The data file's state byte when opened, put back on close (see LiteDbFile.RestoreStateByte).
    private byte? _stateByte;

    private BriefingStore(string path, LiteDatabase db, BsonMapper mapper, FileStream lockFile)
    {
        Path = path;
        _db = db;
        _mapper = mapper;
        _lockFile = lockFile;
        _articles = db.GetCollection(ArticlesName, BsonAutoId.Int32);
        _quotes = db.GetCollection<Quote>(QuotesName, BsonAutoId.Int32);
        _speakers = db.GetCollection<Speaker>(SpeakersName, BsonAutoId.Int32);
        _meta = db.GetCollection(MetaName);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>True when no article is stored.</summary>
    public bool IsEmpty => Read(() => !_articles.Exists(Query.All()));

    public int ArticleCount => Read(() => _articles.Count());

    public int QuoteCount => Read(() => _quotes.Count());

    /// <summary>
    /// Counts the writes that changed articles or quotes (saves, summaries, imports); each write stamps the articles it touched
    /// with its number, so <see cref="ArticlesChangedSince"/> tells a saved search index what to catch up on.
    /// </summary>
    public long Changes => State()[ChangeField].AsInt64;

    /// <summary>A random id given to the store when it was created (or first opened by a build that tracks changes).</summary>
    public string StoreId => State()[StoreIdField].AsString;

    /// <summary>The highest quote id in use, 0 when there is none.</summary>
    public int LastQuoteId => Read(() => _quotes.Exists(Query.All()) && _quotes.Max() is { IsInt32: true } id ? id.AsInt32 : 0);

    /// <summary>Test hook: called with a step name ("article", "quote", "speaker", "commit") inside write transactions; throwing from it aborts the write.</summary>
    internal Action<string>? OnWriteStep { get; set; }

    /// <summary>Opens the store at <paramref name="path"/>, creating it (and its folder) when missing and upgrading an older schema.</summary>
    /// <exception cref="StoreException">The file is in use, damaged, not a BriefingBot store, or from a newer BriefingBot.</exception>
    public static BriefingStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"The store path {full} is a folder; give the store's file name, e.g. {System.IO.Path.Combine(full, "briefings.db")}.");
        }

        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StoreException($"Cannot create the folder for the store {full}: {e.Message}", e);
            }
        }

        var lockFile = AcquireLock(full);
        LiteDatabase? db = null;
        StoreFiles? files = null;
        byte? stateByte = null;
        try
        {
            // Checked before LiteDB sees the file: LiteDB rewrites the header of a file it cannot read.
            if (!LiteDbFile.IsMissingOrLiteDb(full))
            {
                throw Damaged(full, null);
            }

            var mapper = CreateMapper();
            stateByte = LiteDbFile.ReadStateByte(full);
            try
            {
                files = StoreFiles.Open(full);
                db = files.OpenDatabase(mapper);
                Migrate(db, full);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new StoreException($"The store {full} cannot be opened: {e.Message}", e);
            }
            catch (IOException e)
            {
                // A full disk or a failing device is not damage: the file may be fine once that is fixed.
                throw new StoreException($"The store {full} cannot be opened: {StorageFault.Describe(e, full)}", e);
            }
            catch (Exception e) when (e is not StoreException)
            {
                // A damaged file can make LiteDB fail in many ways (LiteException, casts, out-of-range reads).
                throw Damaged(full, e);
            }

            return new BriefingStore(full, db, mapper, lockFile) { _files = files, _stateByte = stateByte };
        }
        catch
        {
            if (db is not null)
            {
                try
                {
                    files!.CloseDatabase(db);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
                {
                    // LiteDB rethrows the failure that is being reported; the files are closed below all the same.
                }
            }

            files?.Dispose();
            if (stateByte is { } original)
            {
                LiteDbFile.RestoreStateByte(full, original);
            }

            lockFile.Dispose();
            throw;
        }
    }

    private T Read<T>(Func<T> query)
    {
        lock (_readLock)
        {
            return query();
        }
    }

    public Article? GetArticle(int id)
    {
        BsonDocument? doc;
        lock (_readLock)
        {
            doc = _articles.FindById(id);
        }

        return doc is null ? null : ToArticle(doc);
    }

    /// <summary>Articles, newest <see cref="Article.PublishedAt"/> first (undated last), then newest <see cref="Article.IngestedAt"/>.</summary>
    public IReadOnlyList<Article> ListArticles(int limit = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return Read(() => _articles.Find(Query.All(SortKeyField, Query.Descending), limit: limit).Select(ToArticle).ToList());
    }

    /// <summary>The stored articles among <paramref name="ids"/>, in the order asked, unknown ids skipped.</summary>
    public IReadOnlyList<Article> GetArticles(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<Article>();
        lock (_readLock)
        {
            foreach (var id in ids.Distinct())
            {
                var doc = _articles.FindById(id);
                if (doc is not null)
                {
                    found.Add(ToArticle(doc));
                }
            }
        }

        return found;
    }

    /// <summary>Every quote in id order, read lazily; do not write to the store on the same thread while enumerating.</summary>
    public IEnumerable<Quote> AllQuotes() => _quotes.FindAll();

    /// <summary>Ids of the articles written by changes after <paramref name="change"/> (see <see cref="Changes"/>), ascending.</summary>
    public IReadOnlyList<int> ArticlesChangedSince(long change) =>
        Read(() => _articles.Find(FieldQuery.GreaterThan(ChangeField, change)).Select(d => d["_id"].AsInt32).Order().ToList());

    public IReadOnlyList<Quote> QuotesOfArticle(int articleId) =>
        Read(() => _quotes.Find(FieldQuery.Equal(nameof(Quote.ArticleId), articleId)).OrderBy(q => q.Id).ToList());

    public IReadOnlyList<Quote> QuotesOfSpeaker(int speakerId) =>
        Read(() => _quotes.Find(FieldQuery.Equal(nameof(Quote.SpeakerId), speakerId)).OrderBy(q => q.Id).ToList());

    /// <summary>The stored quotes among <paramref name="ids"/>, in the order asked, unknown ids skipped.</summary>
    public IReadOnlyList<Quote> GetQuotes(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<Quote>();
        lock (_readLock)
        {
            foreach (var id in ids.Distinct())
            {
                var quote = _quotes.FindById(id);
                if (quote is not null)
                {
                    found.Add(quote);
                }
            }
        }

        return found;
    }

    public IReadOnlyList<Speaker> AllSpeakers() => Read(() => _speakers.FindAll().ToList());

    /// <summary>
    /// Stores an article and its quotes in one transaction. The incoming ids are ignored and the arguments are not changed.
    /// An article already stored with the same URL (normalised) or else the same content hash is replaced: it keeps its id
    /// (and its summary when the new one has none) and its old quotes are deleted.
    /// </summary>
    public ArticleSaveResult SaveArticle(Article article, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(quotes);
        var articleCopy = Copy(article);
        var quoteCopies = quotes.Select(Copy).ToList();
        lock (_writeLock)
        {
            return InTransaction(() => SaveArticleCore(articleCopy, quoteCopies));
        }
    }

    /// <summary>Inserts or updates speakers by id in one transaction; a speaker with id 0 is inserted and gets its new id written back.</summary>
    public void SaveSpeakers(IEnumerable<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        SaveArticles([], speakers.ToList());
    }

    /// <summary>Sets an article's summary; false when there is no such article.</summary>
    public bool SetSummary(int articleId, string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        lock (_writeLock)
        {
            return InTransaction(() => PutSummary(articleId, summary));
        }
    }

    /// <summary>Writes the whole store as one JSON document: schemaVersion, exportedAt, articles, quotes, speakers (each in id order).</summary>
    public void Export(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Holding the write lock keeps the three lists consistent with each other.
        lock (_writeLock)
        {
            using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("exportedAt", DateTimeOffset.UtcNow);
            writer.WriteStartArray("articles");
            foreach (var doc in _articles.FindAll())
            {
                JsonSerializer.Serialize(writer, ToArticle(doc), StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in _quotes.FindAll())
            {
                JsonSerializer.Serialize(writer, quote, StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("speakers");
            foreach (var speaker in _speakers.FindAll())
            {
                JsonSerializer.Serialize(writer, speaker, StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// Reads a document written by <see cref="Export"/>. The whole document is checked before anything is written, then it is
    /// written in one transaction. Into an empty store (no articles, quotes or speakers) the ids are kept; otherwise articles
    /// are matched as in <see cref="SaveArticle"/>, speakers by name (case-insensitive), and everything else gets new ids.
    /// </summary>
    /// <exception cref="StoreException">The document is not valid JSON, is inconsistent, or is from a newer schema.</exception>
    public ImportResult Import(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = ReadImport(input);
        var articles = document.Articles!.Select(a => a!).ToList();
        var quotes = document.Quotes!.Select(q => q!).ToList();
        var speakers = document.Speakers!.Select(s => s!).ToList();
        lock (_writeLock)
        {
            return InTransaction(() =>
            {
                var empty = !_articles.Exists(Query.All()) && !_quotes.Exists(Query.All()) && !_speakers.Exists(Query.All());
                return empty ? ImportKeepingIds(articles, quotes, speakers) : ImportMerging(articles, quotes, speakers);
            });
        }
    }

    /// <summary>Writes LiteDB's log into the data file.</summary>
    public void Checkpoint()
    {
        lock (_writeLock)
        {
            _db.Checkpoint();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (_files is not null)
            {
                _files.CloseDatabase(_db);
            }
            else
            {
                _db.Dispose();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            // LiteDB rethrows a failure it met earlier (a full disk) when closing; the files are closed below all the same, and
            // the next open replays whatever the log holds.
        }

        _files?.Dispose();
        if (_stateByte is { } original)
        {
            try
            {
                LiteDbFile.RestoreStateByte(Path, original);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // LiteDB's flag only asks for an automatic rebuild, which this store never allows.
            }
        }

        _lockFile.Dispose();
    }

    private ArticleSaveResult SaveArticleCore(Article article, List<Quote> quotes) => SaveArticleCore(article, quotes, NextChange());

    private ArticleSaveResult SaveArticleCore(Article article, List<Quote> quotes, long change)
    {
        var existing = FindExisting(UrlKey.Normalise(article.Url), article.ContentHash);
        var removed = new List<int>();
        if (existing is null)
        {
            var doc = ToDocument(article);
            doc[ChangeField] = change;
            doc.Remove("_id");
            article.Id = _articles.Insert(doc).AsInt32;
        }
        else
        {
            article.Id = existing.Id;
            if (string.IsNullOrWhiteSpace(article.Summary))
            {
                article.Summary = existing.Summary;
            }

            removed.AddRange(_quotes.Find(FieldQuery.Equal(nameof(Quote.ArticleId), existing.Id)).Select(q => q.Id).Order());
            _quotes.DeleteMany(FieldQuery.Equal(nameof(Quote.ArticleId), existing.Id));

            // Quotes a moderator removed from the old text are not restorable into the new one.
            RemovedQuotes.DeleteMany(FieldQuery.Equal(nameof(Quote.ArticleId), existing.Id));
            var doc = ToDocument(article);
            doc[ChangeField] = change;
            _articles.Update(doc);
        }

        Step("article");
        foreach (var quote in quotes)
        {
            quote.Id = 0;
            quote.ArticleId = article.Id;
            _quotes.Insert(quote);
            Step("quote");
        }

        return new ArticleSaveResult(article, quotes, existing is not null, removed);
    }

    private Article? FindExisting(string? urlKey, string contentHash)
    {
        // LiteDB's default collation ignores case, so the index finds candidates and the ordinal check decides.
        if (urlKey is not null)
        {
            var byUrl = _articles.Find(FieldQuery.Equal(UrlKeyField, urlKey))
                .FirstOrDefault(d => d[UrlKeyField].IsString && string.Equals(d[UrlKeyField].AsString, urlKey, StringComparison.Ordinal));
            if (byUrl is not null)
            {
                return ToArticle(byUrl);
            }
        }

        if (!string.IsNullOrEmpty(contentHash))
        {
            var byHash = _articles.Find(FieldQuery.Equal(nameof(Article.ContentHash), contentHash))
                .FirstOrDefault(d => string.Equals(d[nameof(Article.ContentHash)].AsString, contentHash, StringComparison.Ordinal));
            if (byHash is not null)
            {
                return ToArticle(byHash);
            }
        }

        return null;
    }

    private ImportResult ImportKeepingIds(List<Article> articles, List<Quote> quotes, List<Speaker> speakers)
    {
        foreach (var speaker in speakers)
        {
            _speakers.Insert(speaker);
            Step("speaker");
        }

        var change = NextChange();
        foreach (var article in articles)
        {
            var doc = ToDocument(article);
            doc[ChangeField] = change;
            _articles.Insert(doc);
            Step("article");
        }

        foreach (var quote in quotes)
        {
            _quotes.Insert(quote);
            Step("quote");
        }

        return new ImportResult(articles.Count, 0, quotes.Count, speakers.Count, 0, KeptIds: true);
    }

    private ImportResult ImportMerging(List<Article> articles, List<Quote> quotes, List<Speaker> speakers)
    {
        var byName = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
        foreach (var stored in _speakers.FindAll())
        {
            byName.TryAdd(stored.Name, stored);
        }

        var speakerIds = new Dictionary<int, int>();
        int speakersAdded = 0, speakersMatched = 0;
        foreach (var speaker in speakers)
        {
            int storedId;
            if (byName.TryGetValue(speaker.Name, out var stored))
            {
                // What the export knows of a speaker the store has too (names, roles, affiliations) is kept.
                if (stored.Absorb(speaker))
                {
                    _speakers.Update(stored);
                }

                storedId = stored.Id;
                speakersMatched++;
            }
            else
            {
                var oldId = speaker.Id;
                speaker.Id = 0;
                storedId = _speakers.Insert(speaker).AsInt32;
                byName[speaker.Name] = speaker;
                speakersAdded++;
                speaker.Id = oldId;
            }

            speakerIds[speaker.Id] = storedId;
            Step("speaker");
        }

        var quotesByArticle = quotes.ToLookup(q => q.ArticleId);
        int added = 0, replaced = 0, quoteCount = 0;
        foreach (var article in articles)
        {
            var itsQuotes = quotesByArticle[article.Id].ToList();
            foreach (var quote in itsQuotes)
            {
                quote.SpeakerId = quote.SpeakerId is { } id ? speakerIds[id] : null;
            }

            var result = SaveArticleCore(article, itsQuotes);
            if (result.Replaced)
            {
                replaced++;
            }
            else
            {
                added++;
            }

            quoteCount += result.Quotes.Count;
        }

        return new ImportResult(added, replaced, quoteCount, speakersAdded, speakersMatched, KeptIds: false);
    }

    private static StoreJson.Document ReadImport(Stream input)
    {
        StoreJson.Document? document;
        try
        {
            document = JsonSerializer.Deserialize<StoreJson.Document>(input, StoreJson.Options);
        }
        catch (JsonException e)
        {
            throw new StoreException($"The import is not a valid BriefingBot export: {OneLine(e.Message)}", e);
        }

        if (document is null)
        {
            throw new StoreException("The import is not a valid BriefingBot export: the document is empty.");
        }

        if (document.SchemaVersion is not { } version || version < 1)
        {
            throw new StoreException("The import is not a valid BriefingBot export: it has no schemaVersion.");
        }

        if (version > SchemaVersion)
        {
            throw new StoreException(
                $"The import was written by a newer BriefingBot (schema {version}; this one reads up to {SchemaVersion}); update BriefingBot to import it.");
        }

        document.Articles ??= [];
        document.Quotes ??= [];
        document.Speakers ??= [];
        var articleIds = CheckIds(document.Articles, a => a.Id, "article");
        CheckIds(document.Quotes, q => q.Id, "quote");
        var speakerIds = CheckIds(document.Speakers, s => s.Id, "speaker");
        foreach (var quote in document.Quotes)
        {
            if (!articleIds.Contains(quote!.ArticleId))
            {
                throw Invalid($"quote {quote.Id} belongs to article {quote.ArticleId}, which is not in the document");
            }

            if (quote.SpeakerId is { } speakerId && !speakerIds.Contains(speakerId))
            {
                throw Invalid($"quote {quote.Id} names speaker {speakerId}, who is not in the document");
            }
        }

        if (document.Speakers.FirstOrDefault(s => string.IsNullOrWhiteSpace(s!.Name)) is { } nameless)
        {
            throw Invalid($"speaker {nameless.Id} has no name");
        }

        // Every record is checked here, before the first is written: a JSON null where text belongs would be stored as is.
        if (document.Articles.FirstOrDefault(a => string.IsNullOrWhiteSpace(a!.Title) || a.Body is null || a.ContentHash is null) is { } untitled)
        {
            throw Invalid($"article {untitled.Id} has no title, body or content hash");
        }

        if (document.Quotes.FirstOrDefault(q => string.IsNullOrWhiteSpace(q!.Text)) is { } empty)
        {
            throw Invalid($"quote {empty.Id} has no text");
        }

        foreach (var quote in document.Quotes)
        {
            // Older exports may leave these out; they are never null in the store.
            quote!.Context ??= "";
            quote.Background ??= "";
        }

        return document;
    }

    private static HashSet<int> CheckIds<T>(List<T?> items, Func<T, int> id, string what)
        where T : class
    {
        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw Invalid($"an {what} entry is null");
            }

            if (id(item) <= 0 || !seen.Add(id(item)))
            {
                throw Invalid($"{what} id {id(item)} is not positive or appears twice");
            }
        }

        return seen;
    }

    private static StoreException Invalid(string why) => new($"The import is not a valid BriefingBot export: {why}.");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private T InTransaction<T>(Func<T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        bool began;
        try
        {
            began = _db.BeginTrans();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            // LiteDB refuses every write after a failed one (e.g. once the disk filled up), repeating that failure.
            throw new StoreException($"Could not write to the store: {StorageFault.Describe(e, Path)}", e);
        }

        if (!began)
        {
            throw new InvalidOperationException("A store transaction is already open on this thread.");
        }

        T result;
        long before, written;
        try
        {
            before = State()[ChangeField].AsInt64;
            result = work();
            written = State()[ChangeField].AsInt64;
            Step("commit");
        }
        catch (Exception e)
        {
            TryRollback();
            if (e is LiteException || StorageFault.IsDiskFull(e))
            {
                throw new StoreException($"Could not write to the store {Path}: {OneLine(StorageFault.IsDiskFull(e) ? StorageFault.Describe(e, Path) : e.Message)}", e);
            }

            throw;
        }

        try
        {
            _db.Commit();
            Step("committed");
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException)
        {
            // The commit may have reached the log before the failure (e.g. a full disk during LiteDB's checkpoint): the
            // change counter it wrote says whether it is stored. Reported as failed when it is in fact stored would be a lie.
            return CommittedAfterAll(before, written) switch
            {
                true => result,
                false => throw new StoreException($"Nothing was written to the store: {StorageFault.Describe(e, Path)}", e),
                null => throw new StoreCommitUnknownException(
                    $"It is unknown whether the last write reached the store {Path} ({StorageFault.Describe(e, Path)}); after fixing that, `articles` shows what is stored and ingesting again is safe.",
                    e),
            };
        }
    }

    // After a failed commit: true when the store holds the change it wrote, false when it does not, null when it cannot tell.
    private bool? CommittedAfterAll(long before, long written)
    {
        TryRollback();
        if (written == before)
        {
            return null;
        }

        try
        {
            return State()[ChangeField].AsInt64 == written;
        }
        catch (Exception e) when (e is LiteException or IOException or StoreException)
        {
            return null;
        }
    }

    // After a failure LiteDB may refuse even a rollback (it rethrows the failure it met): there is then nothing to roll back.
    private void TryRollback()
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception e) when (e is LiteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // Nothing left to roll back.
        }
    }

    private void Step(string name) => OnWriteStep?.Invoke(name);

    private BsonDocument State() => Read(() => _meta.FindById(StateId)) ?? throw new StoreException($"The store {Path} has lost its state record.");

    // Inside a write transaction: the number of this change (rolled back with the transaction).
    private long NextChange()
    {
        var state = State();
        var change = state[ChangeField].AsInt64 + 1;
        state[ChangeField] = change;
        _meta.Update(state);
        return change;
    }

    private BsonDocument ToDocument(Article article)
    {
        var doc = _mapper.ToDocument(article);
        doc[UrlKeyField] = UrlKey.Normalise(article.Url) is { } key ? new BsonValue(key) : BsonValue.Null;
        doc[SortKeyField] = SortKey(article);
        return doc;
    }

    private Article ToArticle(BsonDocument doc) => _mapper.ToObject<Article>(doc);

    private Article Copy(Article article) => _mapper.ToObject<Article>(_mapper.ToDocument(article));

    private Quote Copy(Quote quote) => _mapper.ToObject<Quote>(_mapper.ToDocument(quote));

    // Fixed-width UTC ticks, so ordinal string order is date order; undated articles sort as oldest.
    private static string SortKey(Article article) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{article.PublishedAt?.UtcTicks ?? 0:D19}|{article.IngestedAt.UtcTicks:D19}");

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false, EmptyStringToNull = false, TrimWhitespace = false };

        // LiteDB's default keeps only the UTC instant of a DateTimeOffset; the round-trip string keeps the offset too.
        mapper.RegisterType<DateTimeOffset>(
            value => new BsonValue(value.ToString("o", CultureInfo.InvariantCulture)),
            bson => DateTimeOffset.Parse(bson.AsString, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        return mapper;
    }

    private static void Migrate(LiteDatabase db, string path)
    {
        var version = db.UserVersion;
        if (version > SchemaVersion)
        {
            throw new StoreException(
                $"The store {path} was written by a newer BriefingBot (schema {version}; this one reads up to {SchemaVersion}); update BriefingBot to open it.");
        }

        if (version == 0 && db.GetCollectionNames().Any(n => n is not (ArticlesName or QuotesName or SpeakersName or MetaName)))
        {
            throw Damaged(path, null);
        }

        // Set before the migrations, so writes below never wait a minute on LiteDB's default timeout.
        if (db.Timeout != LockTimeout)
        {
            db.Timeout = LockTimeout;
        }

        for (; version < SchemaVersion; version++)
        {
            Migrations[version](db);
            db.UserVersion = version + 1;
        }

        TrackChanges(db);
    }

    // Stores from before change tracking get it on open: their articles carry no change, which reads as "before any".
    private static void TrackChanges(LiteDatabase db)
    {
        var meta = db.GetCollection(MetaName);
        if (meta.FindById(StateId) is null)
        {
            meta.Insert(new BsonDocument
            {
                ["_id"] = StateId,
                [StoreIdField] = Guid.NewGuid().ToString("N"),
                [ChangeField] = 0L,
            });
        }

        db.GetCollection(ArticlesName).EnsureIndex(ChangeField);
    }

    private static void CreateVersion1(LiteDatabase db)
    {
        var articles = db.GetCollection(ArticlesName, BsonAutoId.Int32);
        articles.EnsureIndex(UrlKeyField);
        articles.EnsureIndex(nameof(Article.ContentHash));
        articles.EnsureIndex(SortKeyField);
        var quotes = db.GetCollection(QuotesName, BsonAutoId.Int32);
        quotes.EnsureIndex(nameof(Quote.ArticleId));
        quotes.EnsureIndex(nameof(Quote.SpeakerId));

        // Speakers need no index: they are few, and matching by name is done in memory, ignoring case.
        db.GetCollection(SpeakersName, BsonAutoId.Int32);
    }

    private static FileStream AcquireLock(string path)
    {
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share lock on Windows; either way a second opener fails at once.
            // A clean close deletes the file (while still holding it, so no opener slips in between); one left by a crash is harmless.
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new StoreInUseException($"The store {path} is in use by another BriefingBot process; stop it or use another store file.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoreException(
                $"The store {path} cannot be opened: its folder {System.IO.Path.GetDirectoryName(path)} must be writable by the user running BriefingBot ({e.Message})", e);
        }
    }

    /// <summary>The store opened but reading it failed: damage LiteDB did not see when opening.</summary>
    public static StoreException DamagedWhileReading(string path, Exception inner) =>
        new($"The store {path} is damaged: reading it failed ({inner.Message.ReplaceLineEndings(" ")}); restore it from a backup, or export what is readable into a new store.", inner);

    private static StoreException Damaged(string path, Exception? inner) =>
        new($"The file {path} is not a BriefingBot store or is damaged; it was left untouched.", inner);
}
