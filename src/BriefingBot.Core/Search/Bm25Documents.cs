namespace BriefingBot.Core.Search;

/// <summary>
/// The documents of a <see cref="Bm25Index"/>, one slot each in a few flat arrays (a dead slot has a negative length), with
/// the maps from key, group and tag to slots and each slot's distinct term ids (for removing it).
/// </summary>
/// <remarks>Not thread-safe: the index's lock guards it.</remarks>
internal sealed class Bm25Documents
{
    private readonly KeyMap _slotOfKey = new();
    private readonly KeyMap _lastOfGroup = new();
    private readonly Dictionary<int, TagSlots> _slotsOfTag = [];

    private int[] _keys;
    private int[] _groups;
    private int[] _tags;
    private int[] _data;
    private int[] _previousInGroup;
    private float[] _lengths;
    private float[] _boosts;
    private long[] _orders;

    // Each slot's distinct term ids, ascending, as varint gaps in one growing byte array.
    private long[] _termsAt;
    private byte[] _termBytes;
    private long _termBytesUsed;

    public Bm25Documents()
        : this(0, [], [], [], [], [], [], [], [], [], 0, 0)
    {
    }

    /// <summary>Documents as <see cref="Bm25IndexFormat"/> loads them: arrays of exactly <paramref name="count"/> slots.</summary>
    public Bm25Documents(
        int count, int[] keys, int[] groups, int[] tags, int[] data, float[] lengths, float[] boosts, long[] orders,
        long[] termsAt, byte[] termBytes, long termBytesUsed, double totalLength)
    {
        Count = count;
        _keys = keys;
        _groups = groups;
        _tags = tags;
        _data = data;
        _lengths = lengths;
        _boosts = boosts;
        _orders = orders;
        _termsAt = termsAt;
        _termBytes = termBytes;
        _termBytesUsed = termBytesUsed;
        _previousInGroup = [];
        TotalLength = totalLength;
        IndexSlots();
    }

    /// <summary>Slots in use, live or dead.</summary>
    public int Count { get; private set; }

    public int Live { get; private set; }

    public int Dead { get; private set; }

    /// <summary>The sum of the live documents' lengths.</summary>
    public double TotalLength { get; private set; }

    public int[] Keys => _keys;

    public int[] Groups => _groups;

    public int[] Tags => _tags;

    public int[] Data => _data;

    /// <summary>Weighted term counts; negative for a dead slot.</summary>
    public float[] Lengths => _lengths;

    public float[] Boosts => _boosts;

    public long[] Orders => _orders;

    /// <summary>Where each slot's term ids start in <see cref="TermBytes"/>.</summary>
    public long[] TermsAt => _termsAt;

    public byte[] TermBytes => _termBytes;

    public long TermBytesUsed => _termBytesUsed;

    /// <summary>The slot that holds this key's live document.</summary>
    public bool TryGetSlot(int key, out int slot) => _slotOfKey.TryGetValue(key, out slot);

    /// <summary>Takes a group out of the group map: its last slot, from which <see cref="PreviousInGroup"/> leads to the others.</summary>
    public bool RemoveGroup(int group, out int lastSlot) => _lastOfGroup.Remove(group, out lastSlot);

    /// <summary>The slot added before this one in its group, or -1.</summary>
    public int PreviousInGroup(int slot) => _previousInGroup[slot];

    /// <summary>A new live document's slot; its terms follow with <see cref="SetTerms"/>.</summary>
    public int Add(int key, int group, int tag, float length, int data, long order, float boost)
    {
        if (Count == _keys.Length)
        {
            ResizeSlots(Math.Max(16, Count * 2));
        }

        var slot = Count++;
        _keys[slot] = key;
        _groups[slot] = group;
        _tags[slot] = tag;
        _lengths[slot] = length;
        _data[slot] = data;
        _orders[slot] = order;
        _boosts[slot] = boost;
        _slotOfKey.Set(key, slot);
        Link(slot);
        Live++;
        TotalLength += length;
        return slot;
    }

    /// <summary>Marks the slot dead (its postings stay until a compaction).</summary>
    public void Remove(int slot)
    {
        _slotOfKey.Remove(_keys[slot]);
        if (_tags[slot] != Bm25Index.None && _slotsOfTag.TryGetValue(_tags[slot], out var tagged))
        {
            tagged.Live--;
        }

        Live--;
        Dead++;

        // Summing and subtracting floats drifts; an empty index starts again from exactly zero.
        TotalLength = Live == 0 ? 0 : TotalLength - _lengths[slot];
        _lengths[slot] = -1;
    }

    /// <summary>Keeps the slot's distinct term ids (ascending).</summary>
    public void SetTerms(int slot, int[] sortedTermIds)
    {
        var needed = _termBytesUsed + (sortedTermIds.Length * 5L) + 5;
        if (needed > _termBytes.Length)
        {
            Array.Resize(ref _termBytes, (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(1024, _termBytes.Length * 2L))));
        }

        _termsAt[slot] = _termBytesUsed;
        var at = (int)_termBytesUsed;
        WriteVarint(_termBytes, ref at, sortedTermIds.Length);
        var previous = 0;
        foreach (var termId in sortedTermIds)
        {
            WriteVarint(_termBytes, ref at, termId - previous);
            previous = termId;
        }

        _termBytesUsed = at;
    }

    /// <summary>The slot's distinct term ids, ascending.</summary>
    public int[] TermsOf(int slot)
    {
        var at = (int)_termsAt[slot];
        var terms = new int[ReadVarint(_termBytes, ref at)];
        var termId = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            termId += ReadVarint(_termBytes, ref at);
            terms[i] = termId;
        }

        return terms;
    }

    /// <summary>The slot's term ids as they are kept (varint-packed), for copying them whole.</summary>
    public ReadOnlySpan<byte> PackedTermsOf(int slot)
    {
        var at = (int)_termsAt[slot];
        var start = at;
        var count = ReadVarint(_termBytes, ref at);
        for (var i = 0; i < count; i++)
        {
            ReadVarint(_termBytes, ref at);
        }

        return _termBytes.AsSpan(start, at - start);
    }

    /// <summary>
    /// After <see cref="Bm25Compaction"/> has moved the live slots down to the first <paramref name="count"/> and packed their
    /// terms anew: the maps are derived again from the arrays.
    /// </summary>
    public void Compacted(int count, byte[] termBytes, long termBytesUsed)
    {
        Count = count;
        _termBytes = termBytes;
        _termBytesUsed = termBytesUsed;
        IndexSlots();
    }

    /// <summary>Gives back the spare room in the arrays (they grow by doubling).</summary>
    public void TrimExcess()
    {
        ResizeSlots(Count);
        Array.Resize(ref _termBytes, (int)_termBytesUsed);
    }

    /// <summary>Keys of the live documents with this tag, ascending.</summary>
    public List<int> KeysWithTag(int tag)
    {
        if (!_slotsOfTag.TryGetValue(tag, out var slots))
        {
            return [];
        }

        var keys = new List<int>(slots.Live);
        foreach (var slot in slots.Slots.AsSpan(0, slots.Count))
        {
            if (_lengths[slot] >= 0)
            {
                keys.Add(_keys[slot]);
            }
        }

        keys.Sort();
        return keys;
    }

    /// <summary>Live documents with one of these tags.</summary>
    public int CountWithTags(IReadOnlySet<int> tags) => tags.Sum(t => _slotsOfTag.TryGetValue(t, out var slots) ? slots.Live : 0);

    /// <summary>Slots of these tags, dead ones included (what walking them would cost).</summary>
    public long SlotsWithTags(IReadOnlySet<int> tags) => tags.Sum(t => _slotsOfTag.TryGetValue(t, out var slots) ? (long)slots.Count : 0);

    /// <summary>The live slots of the given tags, ascending.</summary>
    public List<int> TaggedSlots(IReadOnlySet<int> tags)
    {
        var slots = new List<int>();
        foreach (var tag in tags)
        {
            if (_slotsOfTag.TryGetValue(tag, out var tagged))
            {
                foreach (var slot in tagged.Slots.AsSpan(0, tagged.Count))
                {
                    if (_lengths[slot] >= 0)
                    {
                        slots.Add(slot);
                    }
                }
            }
        }

        if (tags.Count > 1)
        {
            slots.Sort();
        }

        return slots;
    }

    /// <summary>Positive when the first hit is better: higher score, then higher order, then higher key.</summary>
    public int CompareHits(int slotX, double scoreX, int slotY, double scoreY)
    {
        var byScore = scoreX.CompareTo(scoreY);
        if (byScore != 0)
        {
            return byScore;
        }

        var byOrder = _orders[slotX].CompareTo(_orders[slotY]);
        return byOrder != 0 ? byOrder : _keys[slotX].CompareTo(_keys[slotY]);
    }

    public Bm25Hit HitAt(int slot, double score) => new(_keys[slot], _groups[slot], _tags[slot], score, _data[slot]);

    private static void WriteVarint(byte[] bytes, ref int at, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes[at++] = (byte)(v | 0x80);
            v >>= 7;
        }

        bytes[at++] = (byte)v;
    }

    private static int ReadVarint(byte[] bytes, ref int at)
    {
        var value = 0u;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return (int)value;
    }

    // The key, group and tag maps, derived from the slot arrays (after a load or a compaction).
    private void IndexSlots()
    {
        _previousInGroup = new int[_keys.Length];
        _slotOfKey.Clear();
        _lastOfGroup.Clear();
        _slotsOfTag.Clear();
        Live = 0;
        Dead = 0;
        for (var slot = 0; slot < Count; slot++)
        {
            if (_lengths[slot] < 0)
            {
                Dead++;
                _previousInGroup[slot] = -1;
                continue;
            }

            Live++;
            _slotOfKey.Set(_keys[slot], slot);
            Link(slot);
        }
    }

    private void Link(int slot)
    {
        var group = _groups[slot];
        if (group != Bm25Index.None)
        {
            _previousInGroup[slot] = _lastOfGroup.TryGetValue(group, out var previous) ? previous : -1;
            _lastOfGroup.Set(group, slot);
        }
        else
        {
            _previousInGroup[slot] = -1;
        }

        var tag = _tags[slot];
        if (tag != Bm25Index.None)
        {
            if (!_slotsOfTag.TryGetValue(tag, out var slots))
            {
                _slotsOfTag[tag] = slots = new TagSlots();
            }

            slots.Add(slot);
        }
    }

    private void ResizeSlots(int size)
    {
        Array.Resize(ref _keys, size);
        Array.Resize(ref _groups, size);
        Array.Resize(ref _tags, size);
        Array.Resize(ref _data, size);
        Array.Resize(ref _previousInGroup, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _boosts, size);
        Array.Resize(ref _orders, size);
        Array.Resize(ref _termsAt, size);
    }
}
