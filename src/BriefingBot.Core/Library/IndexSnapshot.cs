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
    private const int FormatVersion = 3;
    private static readonly byte[] Magic = "BBIDX"u8.ToArray();

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
                saved.Quotes.Write(writer);
                saved.Articles.Write(writer);
                saved.Citations.Write(writer);
                writer.Write(Magic);
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The snapshot at <paramref name="path"/> when it is whole and belongs to the store <paramref name="storeId"/>; else null.</summary>
    public static Saved? TryRead(string path, string storeId, TextAnalyzer analyzer)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion
                || reader.ReadString() != storeId)
            {
                return null;
            }

            var change = reader.ReadInt64();
            var lastQuoteId = reader.ReadInt32();
            var quotes = QuoteIndex.Read(reader, analyzer);
            var articles = ArticleIndex.Read(reader, analyzer);
            var citations = CitationTable.Read(reader);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || file.Position != file.Length)
            {
                return null;
            }

            return new Saved(storeId, change, lastQuoteId, quotes, articles, citations);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or OutOfMemoryException or ArgumentException)
        {
            // EndOfStreamException is an IOException: a cut-off file.
            return null;
        }
    }

    /// <summary>What a snapshot holds: whose indexes, as of which change, the indexes and the citations.</summary>
    public sealed record Saved(string StoreId, long Change, int LastQuoteId, QuoteIndex Quotes, ArticleIndex Articles, CitationTable Citations);
}
