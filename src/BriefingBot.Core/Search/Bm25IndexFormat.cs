using System.Runtime.InteropServices;

namespace BriefingBot.Core.Search;

/// <summary>
/// How a <see cref="Bm25Index"/> is saved: its parameters, its slot arrays and each term's postings, every array written raw
/// (little-endian), so loading is bulk copies into arrays of the right size.
/// </summary>
internal static class Bm25IndexFormat
{
    // "BM2B" in ASCII, little-endian; also closes the data, so a cut-off file is noticed.
    private const int FormatMagic = 0x42324D42;

    /// <summary>Writes the index's parts (compacted before: no dead slot); <see cref="Read"/> loads them back.</summary>
    public static void Write(BinaryWriter writer, Bm25Scoring scoring, Bm25Documents documents, TermPostings postings)
    {
        var slots = documents.Count;
        writer.Write(FormatMagic);
        writer.Write(scoring.K1);
        writer.Write(scoring.B);
        writer.Write(documents.TotalLength);
        writer.Write(postings.BoundAverage);
        writer.Write(slots);
        WriteArray(writer, documents.Keys.AsSpan(0, slots));
        WriteArray(writer, documents.Groups.AsSpan(0, slots));
        WriteArray(writer, documents.Tags.AsSpan(0, slots));
        WriteArray(writer, documents.Data.AsSpan(0, slots));
        WriteArray(writer, documents.Lengths.AsSpan(0, slots));
        WriteArray(writer, documents.Boosts.AsSpan(0, slots));
        WriteArray(writer, documents.Orders.AsSpan(0, slots));
        WriteArray(writer, documents.TermsAt.AsSpan(0, slots));
        writer.Write(documents.TermBytesUsed);
        writer.Write(documents.TermBytes, 0, (int)documents.TermBytesUsed);
        writer.Write(postings.Count);
        for (var termId = 0; termId < postings.Count; termId++)
        {
            var list = postings[termId];
            writer.Write(postings.TermAt(termId));
            writer.Write(list.Count);
            writer.Write(list.DocumentFrequency);
            WriteArray(writer, list.Slots.AsSpan(0, list.Count));
            WriteArray(writer, list.Frequencies.AsSpan(0, list.Count));
            WriteArray(writer, list.BlockMax.AsSpan(0, PostingList.BlockCount(list.Count)));
        }

        writer.Write(FormatMagic);
    }

    /// <summary>Loads an index written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole index written by this format.</exception>
    public static Bm25Index Read(BinaryReader reader, int compactAfter)
    {
        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("Not a BM25 index.");
        }

        var scoring = new Bm25Scoring(reader.ReadDouble(), reader.ReadDouble());
        var totalLength = reader.ReadDouble();
        var boundAverage = reader.ReadDouble();
        var slots = CheckedCount(reader.ReadInt32());
        var stream = reader.BaseStream;
        var keys = ReadArray<int>(stream, slots);
        var groups = ReadArray<int>(stream, slots);
        var tags = ReadArray<int>(stream, slots);
        var data = ReadArray<int>(stream, slots);
        var lengths = ReadArray<float>(stream, slots);
        var boosts = ReadArray<float>(stream, slots);
        var orders = ReadArray<long>(stream, slots);
        var termsAt = ReadArray<long>(stream, slots);
        var termBytesUsed = reader.ReadInt64();
        if (termBytesUsed < 0 || termBytesUsed > Array.MaxLength)
        {
            throw new InvalidDataException("The BM25 index holds a bad length.");
        }

        var termBytes = ReadArray<byte>(stream, (int)termBytesUsed);
        var terms = CheckedCount(reader.ReadInt32());
        var postings = new TermPostings { BoundAverage = boundAverage };
        postings.EnsureCapacity(terms);
        for (var termId = 0; termId < terms; termId++)
        {
            var term = reader.ReadString();
            var count = CheckedCount(reader.ReadInt32());
            var documentFrequency = reader.ReadInt32();
            var list = new PostingList(
                ReadArray<int>(stream, count), ReadArray<ushort>(stream, count), ReadArray<float>(stream, PostingList.BlockCount(count)),
                count, documentFrequency);
            postings.Add(term, list);
        }

        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("The BM25 index is incomplete.");
        }

        var documents = new Bm25Documents(
            slots, keys, groups, tags, data, lengths, boosts, orders, termsAt, termBytes, termBytesUsed, totalLength);
        return new Bm25Index(scoring, compactAfter, documents, postings);
    }

    private static int CheckedCount(int count) =>
        count >= 0 ? count : throw new InvalidDataException("The BM25 index holds a negative count.");

    private static void WriteArray<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged => writer.Write(MemoryMarshal.AsBytes(values));

    private static T[] ReadArray<T>(Stream stream, int count)
        where T : unmanaged
    {
        var values = GC.AllocateUninitializedArray<T>(count);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
