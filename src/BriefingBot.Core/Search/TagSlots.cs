namespace BriefingBot.Core.Search;

/// <summary>The slots of one tag in a <see cref="Bm25Index"/> (dead ones included until a compaction) and how many are live.</summary>
internal sealed class TagSlots
{
    public int[] Slots = new int[4];
    public int Count;
    public int Live;

    public void Add(int slot)
    {
        if (Count == Slots.Length)
        {
            Array.Resize(ref Slots, Slots.Length * 2);
        }

        Slots[Count++] = slot;
        Live++;
    }
}
