namespace BriefingBot.Core.Storage;

/// <summary>A consistent copy of an open <see cref="BriefingStore"/>'s data file, taken while the store stays open.</summary>
public sealed class StoreBackup(BriefingStore store)
{
    /// <summary>
    /// Writes a consistent copy of the store to <paramref name="destination"/> while the store stays open: inside the store's gate,
    /// so no write is half in it, after a checkpoint, so the data file alone holds every committed write. The copy goes to a
    /// temporary file beside the destination and is renamed into place, so a reader never sees half a backup.
    /// </summary>
    /// <exception cref="StoreException">The destination is one of the store's own files, a folder, or cannot be written.</exception>
    public BackupResult Write(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var target = Path.GetFullPath(destination);
        CheckTarget(target);
        var temporary = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            int articles = 0, quotes = 0, speakers = 0;
            store.Exclusively(() =>
            {
                store.ThrowIfDisposed();
                store.Checkpoint();
                using (var source = new FileStream(store.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                using (var copy = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    source.CopyTo(copy);
                    copy.Flush(flushToDisk: true);
                }

                (articles, quotes, speakers) = (store.ArticleCount, store.QuoteCount, store.SpeakerCount);
            });

            File.Move(temporary, target, overwrite: true);
            return new BackupResult(target, new FileInfo(target).Length, articles, quotes, speakers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new StoreException($"Could not write the backup {target}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    private void CheckTarget(string target)
    {
        BackupTarget.Check(target, OwnFiles(), $"the live store {store.Path}");
        if (Directory.Exists(target))
        {
            throw new StoreException($"The backup path {target} is a folder; give a file name, e.g. {Path.Combine(target, "briefings-backup.db")}.");
        }

        var folder = Path.GetDirectoryName(target);
        if (!Directory.Exists(folder))
        {
            throw new StoreException($"The folder {folder} for the backup {target} does not exist.");
        }
    }

    // The data file, LiteDB's log, the lock file and the files the library and the executable keep beside it.
    private IEnumerable<string> OwnFiles()
    {
        yield return store.Path;
        yield return LiteDbFile.LogPathFor(store.Path);
        foreach (var suffix in new[] { ".lock", ".index", ".index.tmp", ".control" })
        {
            yield return store.Path + suffix;
        }
    }
}
