using LiteDB;
using LiteDB.Engine;

namespace BriefingBot.Core.Storage;

/// <summary>
/// The store's data file and LiteDB's log beside it ("name-log.ext", where LiteDB's own file mode keeps it, so a log left by an
/// earlier crash is replayed), opened by us so that the log is synced per commit (see <see cref="CommitSyncedLog"/>). The
/// article store and the chat state open their files this way.
/// </summary>
public sealed class StoreFiles : IDisposable
{
    private readonly FileStream _data;
    private readonly CommitSyncedLog _log;
    private readonly string _logPath;
    private LiteEngine? _engine;

    private StoreFiles(FileStream data, CommitSyncedLog log, string logPath)
    {
        _data = data;
        _log = log;
        _logPath = logPath;
    }

    /// <summary>The log (for tests of how often it is synced).</summary>
    internal CommitSyncedLog Log => _log;

    public static StoreFiles Open(string path)
    {
        var logPath = LogPathFor(path);

        // Others may read (a backup copying the file); only this process writes, which the store's lock file ensures.
        var data = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 8192, FileOptions.RandomAccess);
        try
        {
            var log = new FileStream(logPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 8192, FileOptions.RandomAccess);
            return new StoreFiles(data, new CommitSyncedLog(log), logPath);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>Where LiteDB keeps the log of the data file at <paramref name="path"/>.</summary>
    public static string LogPathFor(string path) => LiteDbFile.LogPathFor(path);

    public LiteDatabase OpenDatabase(BsonMapper mapper)
    {
        _engine = new LiteEngine(new EngineSettings
        {
            DataStream = _data,
            LogStream = _log,
            Upgrade = false,
            AutoRebuild = false,
        });
        return new LiteDatabase(_engine, mapper, disposeOnClose: true);
    }

    /// <summary>
    /// Closes <paramref name="db"/> (opened by <see cref="OpenDatabase"/>), then keeps whatever transactions a failed read left
    /// behind from being finalized, which after a damaged read would end the process (see <see cref="LeftoverTransactions"/>).
    /// </summary>
    public void CloseDatabase(LiteDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            db.Dispose();
        }
        finally
        {
            if (_engine is not null)
            {
                LeftoverTransactions.Disarm(_engine);
            }
        }
    }

    /// <summary>Closes both files (after the database, which checkpoints the log on close); an emptied log file is removed.</summary>
    public void Dispose()
    {
        bool emptied;
        try
        {
            emptied = _log.Length == 0;
        }
        catch (ObjectDisposedException)
        {
            emptied = false;
        }

        _log.Dispose();
        _data.Dispose();
        if (emptied)
        {
            try
            {
                File.Delete(_logPath);
            }
            catch (IOException)
            {
                // Harmless: an empty log is ignored on open.
            }
        }
    }
}
