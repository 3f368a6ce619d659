using System.Security.Cryptography;
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
/// one, never half of one. The header and each part carry a SHA-256 checksum, checked before a part is parsed, so a damaged
/// byte anywhere is refused rather than loaded into indexes that would answer wrongly (and be saved again). A snapshot that is
/// missing, damaged, from another store or ahead of the store is ignored and the indexes are rebuilt from the store, which is
/// always the truth. A later memory-mapped format must keep this property: verify per block, lazily, before use.
/// </remarks>
internal static class IndexSnapshot
{
    private const int FormatVersion = 6;
    private static readonly byte[] Magic = "BBIDX"u8.ToArray();

    // The quote index, the article index and the citation table.
    private const int Parts = 3;
    private const int HashLength = SHA256.HashSizeInBytes;

    public static string PathFor(string storePath) => storePath + ".index";

    public static void Write(string path, Saved saved)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(saved.StoreId);
                writer.Write(saved.Change);
                writer.Write(saved.LastQuoteId);

                // Where each part starts and each part's checksum, filled in once written, so that the parts can be loaded side by
                // side; then the header's own checksum.
                var table = file.Position;
                var starts = new long[Parts + 1];
                writer.Write(new byte[(starts.Length * sizeof(long)) + ((Parts + 1) * HashLength)]);
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

                var hashes = new byte[Parts][];
                for (var i = 0; i < Parts; i++)
                {
                    hashes[i] = HashRange(file, starts[i], starts[i + 1]);
                }

                file.Position = table;
                foreach (var start in starts)
                {
                    writer.Write(start);
                }

                foreach (var hash in hashes)
                {
                    writer.Write(hash);
                }

                writer.Flush();
                var headerHash = HashRange(file, 0, file.Position);
                writer.Write(headerHash);
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The snapshot at <paramref name="path"/> when it is whole, undamaged and belongs to the store <paramref name="storeId"/>; else null.</summary>
    /// <param name="refusal">Why the snapshot was not used (one line), or null when there was none to use or it was used.</param>
    /// <remarks>Its three parts are checked and loaded at once, each from its own read of the file, as loading is most of a cold start.</remarks>
    public static Saved? TryRead(string path, string storeId, TextAnalyzer analyzer, out string? refusal)
    {
        refusal = null;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            long change;
            int lastQuoteId;
            var starts = new long[Parts + 1];
            var hashes = new byte[Parts][];
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096))
            using (var reader = new BinaryReader(file, Encoding.UTF8))
            {
                if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
                {
                    refusal = "it is not an index snapshot of this version";
                    return null;
                }

                var id = reader.ReadString();
                change = reader.ReadInt64();
                lastQuoteId = reader.ReadInt32();
                for (var i = 0; i < starts.Length; i++)
                {
                    starts[i] = reader.ReadInt64();
                }

                for (var i = 0; i < Parts; i++)
                {
                    hashes[i] = reader.ReadBytes(HashLength);
                }

                var headerEnd = file.Position;
                var headerHash = reader.ReadBytes(HashLength);
                if (!HashRange(file, 0, headerEnd).AsSpan().SequenceEqual(headerHash))
                {
                    refusal = "its header is damaged";
                    return null;
                }

                if (id != storeId)
                {
                    refusal = "it belongs to another store";
                    return null;
                }

                if (starts[0] != headerEnd + HashLength || starts.Zip(starts.Skip(1)).Any(p => p.First > p.Second)
                    || starts[^1] + Magic.Length != file.Length)
                {
                    refusal = "it is cut off or has the wrong length";
                    return null;
                }
            }

            QuoteIndex? quotes = null;
            ArticleIndex? articles = null;
            CitationTable? citations = null;
            Parallel.Invoke(
                () => quotes = ReadPart(path, starts[0], starts[1], hashes[0], reader => QuoteIndex.Read(reader, analyzer)),
                () => articles = ReadPart(path, starts[1], starts[2], hashes[1], reader => ArticleIndex.Read(reader, analyzer)),
                () => citations = ReadPart(path, starts[2], starts[3], hashes[2], CitationTable.Read));
            return new Saved(storeId, change, lastQuoteId, quotes!, articles!, citations!);
        }
        catch (Exception e)
        {
            // Whatever the failure (a checksum, a cut-off file, a part that does not parse), the store rebuilds the indexes.
            var inner = e is AggregateException aggregate ? aggregate.InnerExceptions[0] : e;
            refusal = inner is InvalidDataException ? inner.Message : $"it cannot be read ({inner.GetType().Name}: {inner.Message})";
            refusal = refusal.ReplaceLineEndings(" ");
            return null;
        }
    }

    // A part, checked against its checksum before it is parsed, then read from its start; it must end exactly where the next begins.
    private static T ReadPart<T>(string path, long start, long end, byte[] hash, Func<BinaryReader, T> read)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!HashRange(file, start, end).AsSpan().SequenceEqual(hash))
        {
            throw new InvalidDataException("a part of it is damaged (checksum mismatch)");
        }

        using var reader = new BinaryReader(file, Encoding.UTF8);
        file.Position = start;
        var part = read(reader);
        return file.Position == end ? part : throw new InvalidDataException("a part of it has the wrong length");
    }

    // The SHA-256 of the bytes from start to end; leaves the file positioned at end.
    private static byte[] HashRange(FileStream file, long start, long end)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        file.Position = start;
        var left = end - start;
        while (left > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        return hash.GetHashAndReset();
    }

    /// <summary>What a snapshot holds: whose indexes, as of which change, the indexes and the citations.</summary>
    public sealed record Saved(string StoreId, long Change, int LastQuoteId, QuoteIndex Quotes, ArticleIndex Articles, CitationTable Citations);
}
