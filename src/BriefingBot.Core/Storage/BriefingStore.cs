using System.Globalization;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;
using LiteDB;

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

    public int SpeakerCount => Read(() => _speakers.Count());

    /// <summary>True when no article, quote or speaker is stored.</summary>
    internal bool HoldsNothing => Read(() => !_articles.Exists(Query.All()) && !_quotes.Exists(Query.All()) && !_speakers.Exists(Query.All()));

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

    /// <summary>Every article in id order, read lazily; do not write to the store on the same thread while enumerating.</summary>
    internal IEnumerable<Article> AllArticles() => _articles.FindAll().Select(ToArticle);

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
            return InTransaction(() => SaveArticleInTransaction(articleCopy, quoteCopies));
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

    /// <summary>Writes LiteDB's log into the data file.</summary>
    public void Checkpoint()
    {
        lock (_writeLock)
        {
            _db.Checkpoint();
        }
    }

    /// <summary>Runs <paramref name="work"/> inside the store's gate: no write runs meanwhile, so what it reads is consistent.</summary>
    internal void Exclusively(Action work)
    {
        lock (_writeLock)
        {
            work();
        }
    }

    /// <summary>
    /// Runs <paramref name="change"/> (made of the store's in-transaction writes) in one write transaction: when it fails,
    /// nothing of it is stored.
    /// </summary>
    internal T InWriteTransaction<T>(Func<T> change)
    {
        lock (_writeLock)
        {
            return InTransaction(change);
        }
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Inside a transaction: inserts a speaker, with its id unless that is 0 (then a new one, written back); returns the id.</summary>
    internal int InsertSpeaker(Speaker speaker) => _speakers.Insert(speaker).AsInt32;

    /// <summary>Inside a transaction: rewrites a stored speaker.</summary>
    internal void UpdateSpeaker(Speaker speaker) => _speakers.Update(speaker);

    /// <summary>Inside a transaction: inserts an article with its id, as written by <paramref name="change"/>.</summary>
    internal void InsertArticle(Article article, long change)
    {
        var doc = ToDocument(article);
        doc[ChangeField] = change;
        _articles.Insert(doc);
    }

    /// <summary>Inside a transaction: inserts a quote with its id.</summary>
    internal void InsertQuote(Quote quote) => _quotes.Insert(quote);

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

    /// <summary>Inside a transaction: stores an article and its quotes as <see cref="SaveArticle"/> does, as a change of its own.</summary>
    internal ArticleSaveResult SaveArticleInTransaction(Article article, List<Quote> quotes) => SaveArticleCore(article, quotes, NextChange());

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

    /// <summary>Inside a transaction: reports a write step to <see cref="OnWriteStep"/>.</summary>
    internal void Step(string name) => OnWriteStep?.Invoke(name);

    private BsonDocument State() => Read(() => _meta.FindById(StateId)) ?? throw new StoreException($"The store {Path} has lost its state record.");

    /// <summary>Inside a write transaction: the number of this change (rolled back with the transaction).</summary>
    internal long NextChange()
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
