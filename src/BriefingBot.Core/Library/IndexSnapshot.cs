using System.Text;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Library;

/// <summary>
/// The search indexes and the citation table saved beside the store ("&lt;store&gt;.index"), so opening a large library loads them instead of analysing
/// every quote and article again. The file names the store it belongs to and the store's change count when it was written; on
/// open the library loads it and replays only the articles changed since (see <see cref="Storage.BriefingStore.Changes"/>).
/// </summary>
/// <remarks>
/// Written to a temporary file, flushed to disk, then renamed over the old one, so a crash leaves the old snapshot or the new
/// one, never half of one. A snapshot that is missing, cut off, from another store or ahead of the store is ignored and the
/// indexes are rebuilt from the store, which is always the truth.
/// </remarks>
internal static class IndexSnapshot
{
    private const int FormatVersion = 4;
    private static readonly byte[] Magic = "BBIDX"u8.ToArray();

    // The quote index, the article index and the citation table.
    private const int Parts = 3;

    public static string PathFor(string storePath) => storePath + ".index";

    public static void Write(string path, Saved saved)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(saved.StoreId);
                writer.Write(saved.Change);
                writer.Write(saved.LastQuoteId);

                // Where each part starts, filled in once written, so that the parts can be loaded side by side.
                var table = file.Position;
                var starts = new long[Parts + 1];
                writer.Write(new byte[starts.Length * sizeof(long)]);
                writer.Flush();
                starts[0] = file.Position;
                saved.Quotes.Write(writer);
                writer.Flush();
                starts[1] = file.Position;
                saved.Articles.Write(writer);
                writer.Flush();
                starts[2] = file.Position;
                saved.Citations.Write(writer);
                writer.Flush();
                starts[3] = file.Position;
                writer.Write(Magic);
                writer.Flush();
                file.Position = table;
                foreach (var start in starts)
                {
                    writer.Write(start);
                }
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The snapshot at <paramref name="path"/> when it is whole and belongs to the store <paramref name="storeId"/>; else null.</summary>
    /// <remarks>Its three parts are loaded at once, each from its own read of the file, as loading is most of a cold start.</remarks>
    public static Saved? TryRead(string path, string storeId, TextAnalyzer analyzer)
    {
        try
        {
            long change;
            int lastQuoteId;
            var starts = new long[Parts + 1];
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
            using (var reader = new BinaryReader(file, Encoding.UTF8))
            {
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion
                    || reader.ReadString() != storeId)
                {
                    return null;
                }

                change = reader.ReadInt64();
                lastQuoteId = reader.ReadInt32();
                for (var i = 0; i < starts.Length; i++)
                {
                    starts[i] = reader.ReadInt64();
                }

                if (starts[0] != file.Position || starts.Zip(starts.Skip(1)).Any(p => p.First > p.Second) || starts[^1] + Magic.Length != file.Length)
                {
                    return null;
                }

                file.Position = starts[^1];
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                {
                    return null;
                }
            }

            QuoteIndex? quotes = null;
            ArticleIndex? articles = null;
            CitationTable? citations = null;
            Parallel.Invoke(
                () => quotes = ReadPart(path, starts[0], starts[1], reader => QuoteIndex.Read(reader, analyzer)),
                () => articles = ReadPart(path, starts[1], starts[2], reader => ArticleIndex.Read(reader, analyzer)),
                () => citations = ReadPart(path, starts[2], starts[3], CitationTable.Read));
            return new Saved(storeId, change, lastQuoteId, quotes!, articles!, citations!);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(IsUnreadable))
        {
            return null;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return null;
        }
    }

    // A part read from its start, which must end exactly where the next begins.
    private static T ReadPart<T>(string path, long start, long end, Func<BinaryReader, T> read)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(file, Encoding.UTF8);
        file.Position = start;
        var part = read(reader);
        return file.Position == end ? part : throw new InvalidDataException("A part of the index snapshot has the wrong length.");
    }

    // EndOfStreamException is an IOException: a cut-off file.
    private static bool IsUnreadable(Exception e) =>
        e is IOException or InvalidDataException or UnauthorizedAccessException or OutOfMemoryException or ArgumentException;

    /// <summary>What a snapshot holds: whose indexes, as of which change, the indexes and the citations.</summary>
    public sealed record Saved(string StoreId, long Change, int LastQuoteId, QuoteIndex Quotes, ArticleIndex Articles, CitationTable Citations);
}
