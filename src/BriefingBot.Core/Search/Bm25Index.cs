using System.Buffers;
using System.Runtime.InteropServices;

namespace BriefingBot.Core.Search;

/// <summary>The BM25 engine behind <see cref="QuoteIndex"/> and <see cref="ArticleIndex"/>: an in-memory inverted index over documents made of weighted fields.</summary>
/// <remarks>
/// Each document has a key (its id), an optional group (removed together: a quote's article) and an optional tag (a search
/// filter: a quote's speaker). A term's frequency in a document is the sum of the weights of the fields it occurs in, and a
/// document's length is the weighted count of its terms, so a heavier field both counts more and lengthens the document.
/// <para>
/// Memory: the term dictionary maps each term to an int id once; postings are arrays of (slot, weighted tf) structs per term,
/// with no object per posting. Removing a document only marks its slot dead and lowers its terms' document frequencies; dead
/// postings are skipped by searches and dropped by a compaction once they are a quarter of the index.
/// </para>
/// <para>
/// Thread safety: a <see cref="ReaderWriterLockSlim"/>; any number of searches run together under the read lock, and writes
/// (which analyse nothing, the callers analyse before) take the write lock briefly.
/// </para>
/// </remarks>
internal sealed class Bm25Index
{
    /// <summary>No group or no tag.</summary>
    public const int None = int.MinValue;

    // Only this class's arrays, always handed back all zero (the shared pool may hold anybody's leftovers).
    private static readonly ArrayPool<double> ScorePool = ArrayPool<double>.Create(maxArrayLength: 1 << 26, maxArraysPerBucket: 16);

    // "BM25" in ASCII, little-endian; also closes the data, so a cut-off file is noticed.
    private const int FormatMagic = 0x35324D42;

    private readonly double _k1;
    private readonly double _b;
    private readonly int _compactAfter;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<PostingList> _postings = [];
    private readonly Dictionary<int, int> _slotOfKey = [];
    private readonly Dictionary<int, HashSet<int>> _keysOfGroup = [];
    private readonly Dictionary<int, HashSet<int>> _keysOfTag = [];
    private List<Slot> _slots = [];
    private int _live;
    private int _dead;
    private double _totalLength;

    /// <param name="k1">Term-frequency saturation.</param>
    /// <param name="b">How much document length normalises scores.</param>
    /// <param name="compactAfter">Fewest dead documents before a compaction (small in tests).</param>
    public Bm25Index(double k1 = 1.2, double b = 0.75, int compactAfter = 1024)
    {
        _k1 = k1;
        _b = b;
        _compactAfter = compactAfter;
    }

    /// <summary>Live documents.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _live;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>True when a live document has this key.</summary>
    public bool ContainsKey(int key)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotOfKey.ContainsKey(key);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Removed documents whose postings are still held (for tests of compaction).</summary>
    internal int DeadCount => _dead;

    /// <summary>Adds a document, replacing any document with the same key.</summary>
    /// <param name="data">A small value kept with the document and handed back on its hits (a quote's kind).</param>
    public void Add(int key, int group, int tag, IReadOnlyList<Field> fields, int data = 0)
    {
        ArgumentNullException.ThrowIfNull(fields);

        // Term frequencies are worked out before taking the lock, so searches wait only for the postings update.
        var frequencies = new Dictionary<string, float>(fields.Sum(f => f.Terms.Count), StringComparer.Ordinal);
        float length = 0;
        foreach (var field in fields)
        {
            foreach (var term in field.Terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _) += field.Weight;
            }

            length += field.Weight * field.Terms.Count;
        }

        _lock.EnterWriteLock();
        try
        {
            if (_slotOfKey.TryGetValue(key, out var old))
            {
                RemoveSlot(old);
            }

            var slot = _slots.Count;
            var termIds = new int[frequencies.Count];
            var i = 0;
            foreach (var (term, frequency) in frequencies)
            {
                var termId = TermId(term);
                _postings[termId].Add(new Posting(slot, frequency));
                termIds[i++] = termId;
            }

            _slots.Add(new Slot(key, group, tag, length, termIds, data));
            _slotOfKey[key] = slot;
            AddTo(_keysOfGroup, group, key);
            AddTo(_keysOfTag, tag, key);
            _live++;
            _totalLength += length;
            CompactIfWorthIt();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes the document with this key; false when there is none.</summary>
    public bool Remove(int key)
    {
        _lock.EnterWriteLock();
        try
        {
            if (!_slotOfKey.TryGetValue(key, out var slot))
            {
                return false;
            }

            RemoveSlot(slot);
            CompactIfWorthIt();
            return true;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes every document of a group; returns how many there were.</summary>
    public int RemoveGroup(int group)
    {
        _lock.EnterWriteLock();
        try
        {
            if (group == None || !_keysOfGroup.TryGetValue(group, out var keys))
            {
                return 0;
            }

            var slots = keys.Select(k => _slotOfKey[k]).ToList();
            foreach (var slot in slots)
            {
                RemoveSlot(slot);
            }

            CompactIfWorthIt();
            return slots.Count;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Gives back the spare room in the postings arrays (they grow by doubling); worth it after a bulk build.</summary>
    public void TrimExcess()
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var postings in _postings)
            {
                Array.Resize(ref postings.Items, postings.Count);
            }

            _slots.TrimExcess();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>True when some live document holds the term.</summary>
    public bool ContainsTerm(string term)
    {
        _lock.EnterReadLock();
        try
        {
            return _termIds.TryGetValue(term, out var termId) && _postings[termId].DocumentFrequency > 0;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Keys of the live documents with this tag, ascending.</summary>
    public IReadOnlyList<int> KeysWithTag(int tag)
    {
        _lock.EnterReadLock();
        try
        {
            return _keysOfTag.TryGetValue(tag, out var keys) ? keys.Order().ToList() : [];
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher key first).
    /// Only the postings of the given terms are read; a bounded heap keeps the best hits.
    /// </summary>
    /// <param name="tags">When given, only documents whose tag is in the set.</param>
    public IReadOnlyList<Hit> Search(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (top <= 0)
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            if (_live == 0)
            {
                return [];
            }

            var slots = CollectionsMarshal.AsSpan(_slots);
            var averageLength = _totalLength > 0 ? _totalLength / _live : 1;

            // Scores accumulate in a dense array indexed by slot (rented, and cleared through the list of touched slots), which
            // is several times faster than a dictionary when common terms bring tens of thousands of postings.
            var scores = ScorePool.Rent(slots.Length);
            var touched = new List<int>();
            var onlyTag = tags is { Count: 1 } ? tags.First() : None;
            try
            {
                foreach (var (term, weight) in terms)
                {
                    if (weight <= 0 || !_termIds.TryGetValue(term, out var termId))
                    {
                        continue;
                    }

                    var postings = _postings[termId];
                    if (postings.DocumentFrequency == 0)
                    {
                        continue;
                    }

                    var idf = Math.Log(1 + ((_live - postings.DocumentFrequency + 0.5) / (postings.DocumentFrequency + 0.5)));
                    foreach (var posting in postings.Items.AsSpan(0, postings.Count))
                    {
                        ref readonly var slot = ref slots[posting.Slot];
                        if (slot.Terms is null || (tags is not null && (onlyTag != None ? slot.Tag != onlyTag : !tags.Contains(slot.Tag))))
                        {
                            continue;
                        }

                        double tf = posting.Frequency;
                        var norm = _k1 * (1 - _b + (_b * slot.Length / averageLength));
                        ref var score = ref scores[posting.Slot];
                        if (score == 0)
                        {
                            touched.Add(posting.Slot);
                        }

                        score += weight * idf * tf * (_k1 + 1) / (tf + norm);
                    }
                }

                var best = new PriorityQueue<Hit, Hit>(touched.Count < top ? touched.Count : top, WorstFirst.Instance);
                foreach (var slotIndex in touched)
                {
                    var score = scores[slotIndex];
                    ref readonly var slot = ref slots[slotIndex];
                    var hit = new Hit(slot.Key, slot.Group, slot.Tag, score, slot.Data);
                    if (best.Count < top)
                    {
                        best.Enqueue(hit, hit);
                    }
                    else if (WorstFirst.Instance.Compare(hit, best.Peek()) > 0)
                    {
                        best.DequeueEnqueue(hit, hit);
                    }
                }

                var hits = new Hit[best.Count];
                for (var i = hits.Length - 1; i >= 0; i--)
                {
                    hits[i] = best.Dequeue();
                }

                return hits;
            }
            finally
            {
                foreach (var slotIndex in touched)
                {
                    scores[slotIndex] = 0;
                }

                ScorePool.Return(scores);
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Writes the whole index (compacted first) to <paramref name="writer"/>; <see cref="Read"/> loads it back.</summary>
    /// <remarks>Postings and term ids are written as raw little-endian arrays, so loading is mostly bulk copies.</remarks>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _lock.EnterWriteLock();
        try
        {
            if (_dead > 0)
            {
                Compact();
            }

            writer.Write(FormatMagic);
            writer.Write(_k1);
            writer.Write(_b);
            writer.Write(_totalLength);
            writer.Write(_postings.Count);
            foreach (var (term, termId) in _termIds.OrderBy(t => t.Value))
            {
                var postings = _postings[termId];
                writer.Write(term);
                writer.Write(postings.Count);
                writer.Write(postings.DocumentFrequency);
                writer.Write(MemoryMarshal.AsBytes(postings.Items.AsSpan(0, postings.Count)));
            }

            writer.Write(_slots.Count);
            foreach (var slot in _slots)
            {
                writer.Write(slot.Key);
                writer.Write(slot.Group);
                writer.Write(slot.Tag);
                writer.Write(slot.Length);
                writer.Write(slot.Data);
                writer.Write(slot.Terms!.Length);
                writer.Write(MemoryMarshal.AsBytes(slot.Terms.AsSpan()));
            }

            writer.Write(FormatMagic);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Loads an index written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole index written by this format.</exception>
    public static Bm25Index Read(BinaryReader reader, int compactAfter = 1024)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("Not a BM25 index.");
        }

        var index = new Bm25Index(reader.ReadDouble(), reader.ReadDouble(), compactAfter);
        index._totalLength = reader.ReadDouble();
        var terms = CheckedCount(reader.ReadInt32());
        index._termIds.EnsureCapacity(terms);
        index._postings.Capacity = terms;
        for (var termId = 0; termId < terms; termId++)
        {
            var term = reader.ReadString();
            var postings = new PostingList { Count = CheckedCount(reader.ReadInt32()), DocumentFrequency = reader.ReadInt32() };
            postings.Items = new Posting[postings.Count];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(postings.Items.AsSpan()));
            index._termIds.Add(term, termId);
            index._postings.Add(postings);
        }

        var slots = CheckedCount(reader.ReadInt32());
        index._slots = new List<Slot>(slots);
        index._slotOfKey.EnsureCapacity(slots);
        for (var i = 0; i < slots; i++)
        {
            var key = reader.ReadInt32();
            var group = reader.ReadInt32();
            var tag = reader.ReadInt32();
            var length = reader.ReadSingle();
            var data = reader.ReadInt32();
            var termIds = new int[CheckedCount(reader.ReadInt32())];
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(termIds.AsSpan()));
            index._slots.Add(new Slot(key, group, tag, length, termIds, data));
            index._slotOfKey.Add(key, i);
            AddTo(index._keysOfGroup, group, key);
            AddTo(index._keysOfTag, tag, key);
        }

        index._live = slots;
        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("The BM25 index is incomplete.");
        }

        return index;
    }

    private int TermId(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var exists);
        if (!exists)
        {
            id = _postings.Count;
            _postings.Add(new PostingList());
        }

        return id;
    }

    private void RemoveSlot(int index)
    {
        ref var slot = ref CollectionsMarshal.AsSpan(_slots)[index];
        foreach (var termId in slot.Terms!)
        {
            _postings[termId].DocumentFrequency--;
        }

        _slotOfKey.Remove(slot.Key);
        RemoveFrom(_keysOfGroup, slot.Group, slot.Key);
        RemoveFrom(_keysOfTag, slot.Tag, slot.Key);
        _live--;
        _dead++;

        // Summing and subtracting floats drifts; an empty index starts again from exactly zero.
        _totalLength = _live == 0 ? 0 : _totalLength - slot.Length;
        slot.Terms = null;
    }

    private void CompactIfWorthIt()
    {
        if (_dead < _compactAfter || _dead < _live / 4)
        {
            return;
        }

        Compact();
    }

    private void Compact()
    {
        // Slots are renumbered in the same order, so postings stay sorted by slot.
        var newSlot = new int[_slots.Count];
        var kept = new List<Slot>(_live);
        for (var i = 0; i < _slots.Count; i++)
        {
            var slot = _slots[i];
            if (slot.Terms is null)
            {
                newSlot[i] = -1;
                continue;
            }

            newSlot[i] = kept.Count;
            _slotOfKey[slot.Key] = kept.Count;
            kept.Add(slot);
        }

        foreach (var postings in _postings)
        {
            postings.Renumber(newSlot);
        }

        _slots = kept;
        _dead = 0;
    }

    private static int CheckedCount(int count) =>
        count >= 0 ? count : throw new InvalidDataException("The BM25 index holds a negative count.");

    private static void AddTo(Dictionary<int, HashSet<int>> keysOf, int value, int key)
    {
        if (value == None)
        {
            return;
        }

        if (!keysOf.TryGetValue(value, out var keys))
        {
            keysOf[value] = keys = [];
        }

        keys.Add(key);
    }

    private static void RemoveFrom(Dictionary<int, HashSet<int>> keysOf, int value, int key)
    {
        if (value != None && keysOf.TryGetValue(value, out var keys) && keys.Remove(key) && keys.Count == 0)
        {
            keysOf.Remove(value);
        }
    }

    /// <summary>One field of a document: its analysed terms (repeats kept) and its weight.</summary>
    public readonly record struct Field(IReadOnlyList<string> Terms, float Weight);

    /// <summary>A scored document.</summary>
    public readonly record struct Hit(int Key, int Group, int Tag, double Score, int Data = 0);

    private readonly record struct Posting(int Slot, float Frequency);

    private struct Slot(int key, int group, int tag, float length, int[] terms, int data)
    {
        public readonly int Key = key;
        public readonly int Group = group;
        public readonly int Tag = tag;
        public readonly float Length = length;
        public readonly int Data = data;

        /// <summary>The document's distinct term ids; null once removed.</summary>
        public int[]? Terms = terms;
    }

    private sealed class PostingList
    {
        public Posting[] Items = [];
        public int Count;

        /// <summary>Live documents containing the term (dead postings are not counted).</summary>
        public int DocumentFrequency;

        public void Add(Posting posting)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Math.Max(4, Items.Length * 2));
            }

            Items[Count++] = posting;
            DocumentFrequency++;
        }

        public void Renumber(int[] newSlot)
        {
            var kept = 0;
            for (var i = 0; i < Count; i++)
            {
                var slot = newSlot[Items[i].Slot];
                if (slot >= 0)
                {
                    Items[kept++] = Items[i] with { Slot = slot };
                }
            }

            Count = kept;
            if (Count < Items.Length / 4)
            {
                Array.Resize(ref Items, Math.Max(4, Count));
            }
        }
    }

    /// <summary>Orders hits worst first (lower score, then lower key), so the heap's top is the one to drop.</summary>
    private sealed class WorstFirst : IComparer<Hit>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(Hit x, Hit y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : x.Key.CompareTo(y.Key);
        }
    }
}
