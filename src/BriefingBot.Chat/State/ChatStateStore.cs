using BriefingBot.Chat.Paging;
using BriefingBot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Chat.State;

/// <summary>
/// The chat layer's own small LiteDB file (separate from the article store): answered update ids, paging state and
/// adapter values such as the Telegram update offset. With no path it lives in memory.
/// </summary>
public sealed class ChatStateStore : IDisposable
{
    private readonly LiteDatabase _db;

    private readonly string[] _files;

    // The data file and its log when the state is kept in a file.
    private readonly StoreFiles? _storeFiles;

    private ChatStateStore(LiteDatabase db, StoreFiles? storeFiles, bool isPersistent, ILogger? logger, params string[] files)
    {
        _db = db;
        _storeFiles = storeFiles;
        _files = files;
        IsPersistent = isPersistent;
        Updates = db.GetCollection<SeenUpdate>("updates");
        Answered = db.GetCollection<AnsweredBatch>("answered");
        Pages = db.GetCollection<PageState>("pages");
        Pages.EnsureIndex(p => p.CreatedAt);
        PageBatches = db.GetCollection<PageBatch>("pagebatches");
        PageBatches.EnsureIndex(b => b.At);
        Values = db.GetCollection<StateValue>("values");

        // Every collection written to exists before requests run side by side: LiteDB 5 lets a reader on one thread meet a
        // collection another thread is creating before its page is written ("page type must be collection page"), and the
        // engine is unusable from then on.
        Create(db, "answered");
        Create(db, "values");
        Writes = new GroupCommit(db, e => logger?.LogWarning(
            "The chat state could not be written ({Message}): after a restart, the updates just answered may be answered again and their More buttons say they are no longer valid",
            e.Message));
    }

    /// <summary>Answered updates one a record, as files written before <see cref="Answered"/> kept them: read once, then moved.</summary>
    internal ILiteCollection<SeenUpdate> Updates { get; }

    /// <summary>Answered updates, a record for each write of the ledger.</summary>
    internal ILiteCollection<AnsweredBatch> Answered { get; }

    /// <summary>Pages of moderators' buttons, and "More" pages as files written before <see cref="PageBatches"/> kept them.</summary>
    internal ILiteCollection<PageState> Pages { get; }

    /// <summary>"More" pages, a record for each write.</summary>
    internal ILiteCollection<PageBatch> PageBatches { get; }

    internal ILiteCollection<StateValue> Values { get; }

    /// <summary>The data file and its log, when the state is kept in a file (for tests of how often the log is synced).</summary>
    internal StoreFiles? Files => _storeFiles;

    /// <summary>Where requests' writes go, to be committed behind them, together with those of requests running beside them.</summary>
    internal GroupCommit Writes { get; }

    /// <summary>Opens (or creates) the state file; an empty path keeps the state in memory.</summary>
    /// <param name="logger">Told when a write fails (they are committed behind the requests that make them).</param>
    /// <exception cref="StoreException">The file or its folder cannot be created or written, or the file is damaged.</exception>
    public static ChatStateStore Open(string? path, ILogger? logger = null)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return InMemory(logger);
        }

        var full = Path.GetFullPath(path);
        StoreFiles? files = null;
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            if (!LiteDbFile.IsMissingOrLiteDb(full))
            {
                throw Damaged(full, null);
            }

            // Opened as the article store is, with the log synced twice a commit: LiteDB's own file mode syncs it after every
            // page, and under load those syncs held up the requests answered beside the commits.
            files = StoreFiles.Open(full);
            var state = new ChatStateStore(files.OpenDatabase(BsonMapper.Global), files, isPersistent: true, logger, [.. FilesOf(full)]);

            // A backup must never be written over the state while it is open (see BackupTarget).
            foreach (var file in state._files)
            {
                BackupTarget.Claim(file);
            }

            return state;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files?.Dispose();
            throw new StoreException(
                $"The chat state file {full} cannot be opened: {e.Message.ReplaceLineEndings(" ")} (make its folder writable by the user running BriefingBot, or set BRIEFINGBOT__CHAT__STATEPATH)", e);
        }
        catch (Exception e) when (e is not StoreException)
        {
            files?.Dispose();

            // A damaged file makes LiteDB fail in many ways (LiteException, out-of-range dates, casts).
            throw Damaged(full, e);
        }
    }

    public static ChatStateStore InMemory(ILogger? logger = null) => new(new LiteDatabase(new MemoryStream()), null, isPersistent: false, logger);

    /// <summary>True when the state is kept in a file (it outlives the process); false in memory.</summary>
    public bool IsPersistent { get; }

    /// <summary>A stored value (an adapter's offset, a session id), or null.</summary>
    public string? Get(string key) => Values.FindById(key)?.Value;

    public void Set(string key, string value) => Values.Upsert(new StateValue { Id = key, Value = value });

    public void Remove(string key) => Values.Delete(key);

    /// <summary>Commits the writes nobody waited for, then closes the file.</summary>
    public void Dispose()
    {
        Writes.Flush();
        try
        {
            if (_storeFiles is null)
            {
                _db.Dispose();
            }
            else
            {
                _storeFiles.CloseDatabase(_db);
            }
        }
        finally
        {
            _storeFiles?.Dispose();
            foreach (var file in _files)
            {
                BackupTarget.Release(file);
            }
        }
    }

    // Makes an empty collection (LiteDB makes one only for its first document or index).
    private static void Create(LiteDatabase db, string name)
    {
        if (!db.CollectionExists(name))
        {
            var collection = db.GetCollection(name);
            collection.Insert(new BsonDocument { ["_id"] = 0 });
            collection.Delete(0);
        }
    }

    /// <summary>The state file and LiteDB's log beside it ("name-log.ext"): what a backup must not be written over.</summary>
    public static IReadOnlyList<string> FilesOf(string path)
    {
        var full = Path.GetFullPath(path);
        return [full, LiteDbFile.LogPathFor(full)];
    }

    // The file holds nothing that cannot be rebuilt, but it is still not deleted here: the user decides.
    private static StoreException Damaged(string path, Exception? inner) => new(
        $"The chat state file {path} is damaged; it holds only answered update ids, More buttons and the Telegram offset, so move it away (a new one is started) or set BRIEFINGBOT__CHAT__STATEPATH.",
        inner);
}
