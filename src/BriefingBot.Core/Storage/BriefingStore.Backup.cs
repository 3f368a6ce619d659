namespace BriefingBot.Core.Storage;

/// <summary>What a backup wrote: the file, its size and what the copied store holds.</summary>
public sealed record BackupResult(string Path, long Bytes, int Articles, int Quotes, int Speakers);

public sealed partial class BriefingStore
{
    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="destination"/> while the store stays open: inside the store's gate,
    /// so no write is half in it, after a checkpoint, so the data file alone holds every committed write. The copy goes to a
    /// temporary file beside the destination and is renamed into place, so a reader never sees half a backup.
    /// </summary>
    /// <exception cref="StoreException">The destination is one of the store's own files, a folder, or cannot be written.</exception>
    public BackupResult Backup(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = System.IO.Path.GetFullPath(destination);
        CheckBackupTarget(target);
        var temporary = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            int articles, quotes, speakers;
            lock (_writeLock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _db.Checkpoint();
                using (var source = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    source.CopyTo(copy);
                    copy.Flush(flushToDisk: true);
                }

                (articles, quotes, speakers) = (_articles.Count(), _quotes.Count(), _speakers.Count());
            }

            File.Move(temporary, target, overwrite: true);
            return new BackupResult(target, new FileInfo(target).Length, articles, quotes, speakers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new StoreException($"Could not write the backup {target}: {OneLine(e.Message)}", e);
        }
    }

    private void CheckBackupTarget(string target)
    {
        BackupTarget.Check(target, OwnFiles(), $"the live store {Path}");
        if (Directory.Exists(target))
        {
            throw new StoreException($"The backup path {target} is a folder; give a file name, e.g. {System.IO.Path.Combine(target, "briefings-backup.db")}.");
        }

        var folder = System.IO.Path.GetDirectoryName(target);
        if (!Directory.Exists(folder))
        {
            throw new StoreException($"The folder {folder} for the backup {target} does not exist.");
        }
    }

    // The data file, LiteDB's log, the lock file and the files the library and the executable keep beside it.
    private IEnumerable<string> OwnFiles()
    {
        yield return Path;
        yield return LiteDbFile.LogPathFor(Path);
        foreach (var suffix in new[] { ".lock", ".index", ".index.tmp", ".control" })
        {
            yield return Path + suffix;
        }
    }
}
