namespace BriefingBot.Core.Search;

/// <summary>
/// One term's postings in a <see cref="Bm25Index"/>: two flat arrays (slots ascending, frequencies in quarters) cut into
/// blocks of <see cref="BlockSize"/>, each with an upper bound of any of its documents' impact (block max).
/// </summary>
internal sealed class PostingList
{
    public const int BlockShift = 6;
    public const int BlockSize = 1 << BlockShift;

    public PostingList()
    {
    }

    public PostingList(int[] slots, ushort[] frequencies, float[] blockMax, int count, int documentFrequency)
    {
        Slots = slots;
        Frequencies = frequencies;
        BlockMax = blockMax;
        Count = count;
        DocumentFrequency = documentFrequency;
        foreach (var max in blockMax)
        {
            MaxImpact = Math.Max(MaxImpact, max);
        }
    }

    /// <summary>The highest of the block bounds.</summary>
    public float MaxImpact { get; private set; }

    public int[] Slots { get; private set; } = [];

    public ushort[] Frequencies { get; private set; } = [];

    /// <summary>Per block of <see cref="BlockSize"/> postings: the highest impact in it, at the index's bound average.</summary>
    public float[] BlockMax { get; private set; } = [];

    public int Count { get; private set; }

    /// <summary>Live documents containing the term (dead postings are not counted).</summary>
    public int DocumentFrequency { get; set; }

    /// <summary>Blocks needed for <paramref name="count"/> postings.</summary>
    public static int BlockCount(int count) => (count + BlockSize - 1) >> BlockShift;

    public void Add(int slot, ushort frequency, float impact)
    {
        if (Count == Slots.Length)
        {
            var size = Math.Max(4, Slots.Length * 2);
            var slots = Slots;
            var frequencies = Frequencies;
            Array.Resize(ref slots, size);
            Array.Resize(ref frequencies, size);
            Slots = slots;
            Frequencies = frequencies;
        }

        if (BlockCount(Count + 1) > BlockMax.Length)
        {
            var blockMax = BlockMax;
            Array.Resize(ref blockMax, Math.Max(1, BlockMax.Length * 2));
            BlockMax = blockMax;
        }

        Slots[Count] = slot;
        Frequencies[Count] = frequency;
        RaiseBlockMax(Count, impact);
        Count++;
        DocumentFrequency++;
    }

    public void RaiseBlockMax(int position, float impact)
    {
        // Rounded up, so the stored bound is never below the impact it covers.
        ref var max = ref BlockMax[position >> BlockShift];
        var up = MathF.BitIncrement(impact);
        if (up > max)
        {
            max = up;
            MaxImpact = Math.Max(MaxImpact, up);
        }
    }

    public void ClearBounds()
    {
        Array.Clear(BlockMax);
        MaxImpact = 0;
    }

    public void Trim()
    {
        var slots = Slots;
        var frequencies = Frequencies;
        var blockMax = BlockMax;
        Array.Resize(ref slots, Count);
        Array.Resize(ref frequencies, Count);
        Array.Resize(ref blockMax, BlockCount(Count));
        Slots = slots;
        Frequencies = frequencies;
        BlockMax = blockMax;
    }

    /// <summary>Drops the postings of dropped slots (-1 in <paramref name="newSlot"/>) and renumbers the others.</summary>
    public void Renumber(int[] newSlot)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var slot = newSlot[Slots[i]];
            if (slot >= 0)
            {
                Slots[kept] = slot;
                Frequencies[kept] = Frequencies[i];
                kept++;
            }
        }

        Count = kept;
        if (Count < Slots.Length / 4)
        {
            Trim();
        }
    }
}
