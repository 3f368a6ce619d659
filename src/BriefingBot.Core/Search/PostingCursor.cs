namespace BriefingBot.Core.Search;

/// <summary>A position in one term's postings during a <see cref="Bm25Index"/> search.</summary>
internal sealed class PostingCursor(PostingList list, double weight, double average, double boundWeight, int position)
{
    private int _at;

    public PostingList List { get; } = list;

    /// <summary>The query weight times the term's idf.</summary>
    public double Weight { get; } = weight;

    /// <summary>The index's average length during this search.</summary>
    public double Average { get; } = average;

    /// <summary>The parts of the BM25 formula fixed for the search, so a posting costs one division (<see cref="Bm25Scoring.Contribution"/>).</summary>
    public (double Scale, double NormBase, double NormPerLength) Fixed { get; init; }

    /// <summary>The term's place in the query (scores are summed in this order).</summary>
    public int Position { get; } = position;

    /// <summary>An upper bound of this term's contribution to any document's score.</summary>
    public double MaxBound { get; } = boundWeight * list.MaxImpact;

    public bool AtEnd => _at >= List.Count;

    public int Slot => _at < List.Count ? List.Slots[_at] : int.MaxValue;

    public ushort Frequency => List.Frequencies[_at];

    private double BoundWeight { get; } = boundWeight;

    public void Next() => _at++;

    public void Reset() => _at = 0;

    /// <summary>Moves to the first posting at or after <paramref name="slot"/>, skipping whole blocks that end before it.</summary>
    public void AdvanceTo(int slot)
    {
        var slots = List.Slots;
        var count = List.Count;
        if (_at >= count || slots[_at] >= slot)
        {
            return;
        }

        var blockEnd = (_at | (PostingList.BlockSize - 1)) + 1;
        while (blockEnd < count && slots[Math.Min(blockEnd + PostingList.BlockSize, count) - 1] < slot)
        {
            blockEnd += PostingList.BlockSize;
        }

        _at = Math.Max(_at, blockEnd - PostingList.BlockSize);
        var end = Math.Min(blockEnd + PostingList.BlockSize, count);
        var found = Array.BinarySearch(slots, _at, end - _at, slot);
        _at = found >= 0 ? found : ~found;
    }

    /// <summary>The bound of the block that would hold <paramref name="slot"/> (from this cursor on) and the last slot it covers.</summary>
    public (double Max, int End) BlockAround(int slot)
    {
        var slots = List.Slots;
        var count = List.Count;
        var block = _at >> PostingList.BlockShift;
        while (((block + 1) << PostingList.BlockShift) < count && slots[((block + 1) << PostingList.BlockShift) - 1] < slot)
        {
            block++;
        }

        var last = Math.Min(((block + 1) << PostingList.BlockShift), count) - 1;
        return (BoundWeight * List.BlockMax[block], slots[last]);
    }
}
