using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingBot.Core.Search;

/// <summary>The BM25 engine behind <see cref="QuoteIndex"/> and <see cref="ArticleIndex"/>: an in-memory inverted index over documents made of weighted fields.</summary>
/// <remarks>
/// Each document has a key (its id), an optional group (removed together: a quote's article), an optional tag (a search
/// filter: a quote's speaker), a boost (its score is multiplied by it) and an order (among equal scores the higher order
/// comes first, then the higher key). A term's frequency in a document is the sum of the weights of the fields it occurs in,
/// and a document's length is the weighted count of its terms. Field weights are multiples of 1/4, so frequencies are kept
/// exactly as 16-bit quarters.
/// <para>
/// Memory: documents live in slots, one entry per slot in a few flat arrays; each term's postings are two flat arrays (slots
/// ascending, frequencies). A document's distinct terms are kept varint-packed, for removing it. Removing only marks the slot
/// dead; dead postings are skipped and dropped by a compaction once they are a quarter of the index.
/// </para>
/// <para>
/// Searching: postings are cut into blocks of 64, each with an upper bound of any of its documents' score for the term (block
/// max), so a top-k search skips every block that cannot beat the k-th best hit so far (block-max WAND): common words do not
/// walk their whole posting lists. The bounds are worked out at a reference average length and scaled when the average grows,
/// which keeps them bounds (see <see cref="BoundScale"/>). Each candidate's score is summed term by term in query order, as an
/// exhaustive search would, so the top k are exactly the exhaustive search's.
/// </para>
/// <para>
/// Thread safety: a <see cref="ReaderWriterLockSlim"/>; any number of searches run together under the read lock, and writes
/// (which analyse nothing, the callers analyse before) take the write lock briefly.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The index lives as long as its library; its lock holds no handle worth releasing earlier.")]
internal sealed class Bm25Index
{
    /// <summary>No group or no tag.</summary>
    public const int None = int.MinValue;

    private const int BlockShift = 6;
    private const int BlockSize = 1 << BlockShift;

    // Frequencies are stored in quarters (field weights are multiples of 1/4).
    private const float Quarters = 4f;

    // Block bounds are recomputed at the current average length when it has drifted this far from their reference.
    private const double RecomputeDrift = 1.25;

    // "BM2B" in ASCII, little-endian; also closes the data, so a cut-off file is noticed.
    private const int FormatMagic = 0x42324D42;

    private readonly double _k1;
    private readonly double _b;
    private readonly int _compactAfter;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<PostingList> _postings = [];
    private readonly KeyMap _slotOfKey = new();
    private readonly KeyMap _lastOfGroup = new();
    private readonly Dictionary<int, TagSlots> _slotsOfTag = [];

    // One entry per slot; a dead slot has a negative length.
    private int _slots;
    private int[] _keys = [];
    private int[] _groups = [];
    private int[] _tags = [];
    private int[] _data = [];
    private int[] _previousInGroup = [];
    private float[] _lengths = [];
    private float[] _boosts = [];
    private long[] _orders = [];

    // Each slot's distinct term ids, ascending, as varint gaps in one growing byte array.
    private long[] _termsAt = [];
    private byte[] _termBytes = [];
    private long _termBytesUsed;

    private int _live;
    private int _dead;
    private double _totalLength;

    // The average length the block bounds were worked out at (0: none yet).
    private double _boundAverage;

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

    /// <summary>Removed documents whose postings are still held (for tests of compaction).</summary>
    internal int DeadCount => _dead;

    /// <summary>True when a live document has this key.</summary>
    public bool ContainsKey(int key)
    {
        _lock.EnterReadLock();
        try
        {
            return _slotOfKey.TryGetValue(key, out _);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Adds a document, replacing any document with the same key.</summary>
    /// <param name="data">A small value kept with the document and handed back on its hits (a quote's kind).</param>
    /// <param name="order">Among equal scores, higher orders come first (a date's ticks: newer first).</param>
    /// <param name="boost">The document's scores are multiplied by this (positive).</param>
    public void Add(int key, int group, int tag, IReadOnlyList<Field> fields, int data = 0, long order = 0, float boost = 1f)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!(boost > 0) || float.IsInfinity(boost))
        {
            throw new ArgumentOutOfRangeException(nameof(boost), "A boost must be positive.");
        }

        // Term frequencies are worked out before taking the lock, so searches wait only for the postings update.
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        float length = 0;
        foreach (var field in fields)
        {
            var quarters = field.Weight * Quarters;
            if (quarters < 0 || quarters != MathF.Round(quarters))
            {
                throw new ArgumentOutOfRangeException(nameof(fields), "Field weights must be multiples of 1/4.");
            }

            foreach (var term in field.Terms)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _) += (int)quarters;
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

            if (_boundAverage == 0)
            {
                _boundAverage = length > 0 ? length : 1;
            }

            var slot = NewSlot(key, group, tag, length, data, order, boost);
            var termIds = new int[frequencies.Count];
            var i = 0;
            foreach (var (term, frequency) in frequencies)
            {
                var termId = TermId(term);
                var tf = (ushort)Math.Min(frequency, ushort.MaxValue);
                _postings[termId].Add(slot, tf, (float)Impact(tf / Quarters, length, _boundAverage, boost));
                termIds[i++] = termId;
            }

            Array.Sort(termIds);
            WriteTerms(slot, termIds);
            _live++;
            _totalLength += length;
            CompactIfWorthIt();
            RecomputeBoundsIfDrifted();
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

    /// <summary>Removes every document of a group; returns their keys.</summary>
    public IReadOnlyList<int> RemoveGroup(int group)
    {
        _lock.EnterWriteLock();
        try
        {
            if (group == None || !_lastOfGroup.Remove(group, out var slot))
            {
                return [];
            }

            var removed = new List<int>();
            for (; slot >= 0; slot = _previousInGroup[slot])
            {
                if (_lengths[slot] >= 0 && _groups[slot] == group)
                {
                    removed.Add(_keys[slot]);
                    RemoveSlot(slot);
                }
            }

            CompactIfWorthIt();
            return removed;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Gives back the spare room in the arrays (they grow by doubling); worth it after a bulk build.</summary>
    public void TrimExcess()
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var postings in _postings)
            {
                postings.Trim();
            }

            ResizeSlots(_slots);
            Array.Resize(ref _termBytes, (int)_termBytesUsed);
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

    /// <summary>
    /// Terms of live documents that start with the same letter as <paramref name="term"/> and are within
    /// <paramref name="maxDistance"/> edits of it (Levenshtein), nearest first, then the more frequent; at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<string> NearestTerms(string term, int maxDistance, int max)
    {
        var found = new List<(string Term, int Distance, int Frequency)>();
        _lock.EnterReadLock();
        try
        {
            for (var id = 0; id < _terms.Count; id++)
            {
                var candidate = _terms[id];
                // A misspelling nearly always keeps the first letter ("twiter", "wether"): checking it first keeps the scan cheap.
                if (candidate.Length == 0 || term.Length == 0 || candidate[0] != term[0]
                    || Math.Abs(candidate.Length - term.Length) > maxDistance || _postings[id].DocumentFrequency == 0)
                {
                    continue;
                }

                var distance = EditDistance.Within(term, candidate, maxDistance);
                if (distance >= 0)
                {
                    found.Add((candidate, distance, _postings[id].DocumentFrequency));
                }
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }

        return found.OrderBy(f => f.Distance).ThenByDescending(f => f.Frequency).ThenBy(f => f.Term, StringComparer.Ordinal)
            .Take(max).Select(f => f.Term).ToList();
    }

    /// <summary>Keys of the live documents with this tag, ascending.</summary>
    public IReadOnlyList<int> KeysWithTag(int tag)
    {
        _lock.EnterReadLock();
        try
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
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Live documents with one of these tags.</summary>
    public int CountWithTags(IReadOnlySet<int> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _lock.EnterReadLock();
        try
        {
            return tags.Sum(t => _slotsOfTag.TryGetValue(t, out var slots) ? slots.Live : 0);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher order, then higher key first).</summary>
    public IReadOnlyList<Hit> Search(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags = null) =>
        Find(terms, top, tags, countLimit: 0).Hits;

    /// <summary>
    /// The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher order, then higher
    /// key first), and how many documents match at all, counted up to <paramref name="countLimit"/>.
    /// </summary>
    /// <param name="tags">When given, only documents whose tag is in the set. With no terms, these documents ranked by boost.</param>
    public SearchResult Find(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _lock.EnterReadLock();
        try
        {
            if (_live == 0 || (top <= 0 && countLimit <= 0))
            {
                return new SearchResult([], 0);
            }

            if (terms.Count == 0)
            {
                return tags is null ? new SearchResult([], 0) : RankTagged(tags, top, countLimit);
            }

            var cursors = Cursors(terms);
            if (cursors.Length == 0)
            {
                return new SearchResult([], 0);
            }

            var postings = 0L;
            foreach (var cursor in cursors)
            {
                postings += cursor.List.Count;
            }

            // A filter with few documents is cheaper to walk (scoring each of them) than the postings.
            var tagged = tags is null ? 0L : tags.Sum(t => _slotsOfTag.TryGetValue(t, out var slots) ? (long)slots.Count : 0);
            if (tags is not null && tagged * cursors.Length * 4 < postings)
            {
                return ScoreTagged(cursors, tags, top, countLimit);
            }

            var best = new TopHits(this, Math.Max(top, 0));
            if (top > 0)
            {
                WandSearch(cursors, tags, best);
            }

            var matches = countLimit > 0 ? CountMatches(cursors, tags, countLimit) : 0;
            return new SearchResult(best.Sorted(), matches);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The same ranking by scoring every posting (for tests: the top-k search must always agree with it).</summary>
    internal SearchResult FindExhaustively(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        _lock.EnterReadLock();
        try
        {
            var cursors = Cursors(terms);
            var scores = new Dictionary<int, double[]>();
            for (var c = 0; c < cursors.Length; c++)
            {
                var list = cursors[c].List;
                for (var i = 0; i < list.Count; i++)
                {
                    var slot = list.Slots[i];
                    if (_lengths[slot] < 0 || (tags is not null && !tags.Contains(_tags[slot])))
                    {
                        continue;
                    }

                    if (!scores.TryGetValue(slot, out var parts))
                    {
                        scores[slot] = parts = new double[cursors.Length];
                    }

                    parts[c] = Contribution(cursors[c], list.Frequencies[i], slot);
                }
            }

            var best = new TopHits(this, top);
            foreach (var (slot, parts) in scores)
            {
                var sum = 0.0;
                foreach (var part in parts)
                {
                    sum += part;
                }

                best.Offer(slot, sum * _boosts[slot]);
            }

            return new SearchResult(best.Sorted(), Math.Min(scores.Count, countLimit));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Writes the whole index (compacted first) to <paramref name="writer"/>; <see cref="Read"/> loads it back.</summary>
    /// <remarks>Every array is written raw (little-endian), so loading is bulk copies into arrays of the right size.</remarks>
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
            writer.Write(_boundAverage);
            writer.Write(_slots);
            WriteArray(writer, _keys.AsSpan(0, _slots));
            WriteArray(writer, _groups.AsSpan(0, _slots));
            WriteArray(writer, _tags.AsSpan(0, _slots));
            WriteArray(writer, _data.AsSpan(0, _slots));
            WriteArray(writer, _lengths.AsSpan(0, _slots));
            WriteArray(writer, _boosts.AsSpan(0, _slots));
            WriteArray(writer, _orders.AsSpan(0, _slots));
            WriteArray(writer, _termsAt.AsSpan(0, _slots));
            writer.Write(_termBytesUsed);
            writer.Write(_termBytes, 0, (int)_termBytesUsed);
            writer.Write(_terms.Count);
            for (var termId = 0; termId < _terms.Count; termId++)
            {
                var postings = _postings[termId];
                writer.Write(_terms[termId]);
                writer.Write(postings.Count);
                writer.Write(postings.DocumentFrequency);
                WriteArray(writer, postings.Slots.AsSpan(0, postings.Count));
                WriteArray(writer, postings.Frequencies.AsSpan(0, postings.Count));
                WriteArray(writer, postings.BlockMax.AsSpan(0, BlockCount(postings.Count)));
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

        var index = new Bm25Index(reader.ReadDouble(), reader.ReadDouble(), compactAfter)
        {
            _totalLength = reader.ReadDouble(),
            _boundAverage = reader.ReadDouble(),
        };
        var slots = CheckedCount(reader.ReadInt32());
        var stream = reader.BaseStream;
        index._slots = slots;
        index._keys = ReadArray<int>(stream, slots);
        index._groups = ReadArray<int>(stream, slots);
        index._tags = ReadArray<int>(stream, slots);
        index._data = ReadArray<int>(stream, slots);
        index._lengths = ReadArray<float>(stream, slots);
        index._boosts = ReadArray<float>(stream, slots);
        index._orders = ReadArray<long>(stream, slots);
        index._termsAt = ReadArray<long>(stream, slots);
        index._termBytesUsed = reader.ReadInt64();
        if (index._termBytesUsed < 0 || index._termBytesUsed > Array.MaxLength)
        {
            throw new InvalidDataException("The BM25 index holds a bad length.");
        }

        index._termBytes = ReadArray<byte>(stream, (int)index._termBytesUsed);
        var terms = CheckedCount(reader.ReadInt32());
        index._termIds.EnsureCapacity(terms);
        for (var termId = 0; termId < terms; termId++)
        {
            var term = reader.ReadString();
            var count = CheckedCount(reader.ReadInt32());
            var documentFrequency = reader.ReadInt32();
            var postings = new PostingList(
                ReadArray<int>(stream, count), ReadArray<ushort>(stream, count), ReadArray<float>(stream, BlockCount(count)), count, documentFrequency);
            index._termIds.Add(term, termId);
            index._terms.Add(term);
            index._postings.Add(postings);
        }

        if (reader.ReadInt32() != FormatMagic)
        {
            throw new InvalidDataException("The BM25 index is incomplete.");
        }

        index.IndexSlots();
        return index;
    }

    private static int BlockCount(int count) => (count + BlockSize - 1) >> BlockShift;

    // The key, group and tag maps, derived from the slot arrays (after a load or a compaction).
    private void IndexSlots()
    {
        _previousInGroup = new int[_keys.Length];
        _slotOfKey.Clear();
        _lastOfGroup.Clear();
        _slotsOfTag.Clear();
        _live = 0;
        _dead = 0;
        for (var slot = 0; slot < _slots; slot++)
        {
            if (_lengths[slot] < 0)
            {
                _dead++;
                _previousInGroup[slot] = -1;
                continue;
            }

            _live++;
            _slotOfKey.Set(_keys[slot], slot);
            Link(slot);
        }
    }

    private void Link(int slot)
    {
        var group = _groups[slot];
        if (group != None)
        {
            _previousInGroup[slot] = _lastOfGroup.TryGetValue(group, out var previous) ? previous : -1;
            _lastOfGroup.Set(group, slot);
        }
        else
        {
            _previousInGroup[slot] = -1;
        }

        var tag = _tags[slot];
        if (tag != None)
        {
            if (!_slotsOfTag.TryGetValue(tag, out var slots))
            {
                _slotsOfTag[tag] = slots = new TagSlots();
            }

            slots.Add(slot);
        }
    }

    private int NewSlot(int key, int group, int tag, float length, int data, long order, float boost)
    {
        if (_slots == _keys.Length)
        {
            ResizeSlots(Math.Max(16, _slots * 2));
        }

        var slot = _slots++;
        _keys[slot] = key;
        _groups[slot] = group;
        _tags[slot] = tag;
        _lengths[slot] = length;
        _data[slot] = data;
        _orders[slot] = order;
        _boosts[slot] = boost;
        _slotOfKey.Set(key, slot);
        Link(slot);
        return slot;
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

    private void WriteTerms(int slot, int[] sortedTermIds)
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

    private int[] TermsOf(int slot)
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

    private int TermId(string term)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var exists);
        if (!exists)
        {
            id = _postings.Count;
            _postings.Add(new PostingList());
            _terms.Add(term);
        }

        return id;
    }

    private void RemoveSlot(int slot)
    {
        foreach (var termId in TermsOf(slot))
        {
            _postings[termId].DocumentFrequency--;
        }

        _slotOfKey.Remove(_keys[slot]);
        if (_tags[slot] != None && _slotsOfTag.TryGetValue(_tags[slot], out var tagged))
        {
            tagged.Live--;
        }

        _live--;
        _dead++;

        // Summing and subtracting floats drifts; an empty index starts again from exactly zero.
        _totalLength = _live == 0 ? 0 : _totalLength - _lengths[slot];
        _lengths[slot] = -1;
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
        var newSlot = new int[_slots];
        var kept = 0;
        var termBytes = new byte[Math.Max(16, _termBytesUsed)];
        var termBytesUsed = 0;
        for (var slot = 0; slot < _slots; slot++)
        {
            if (_lengths[slot] < 0)
            {
                newSlot[slot] = -1;
                continue;
            }

            newSlot[slot] = kept;
            var at = (int)_termsAt[slot];
            var start = at;
            var count = ReadVarint(_termBytes, ref at);
            for (var i = 0; i < count; i++)
            {
                ReadVarint(_termBytes, ref at);
            }

            Array.Copy(_termBytes, start, termBytes, termBytesUsed, at - start);
            _termsAt[kept] = termBytesUsed;
            termBytesUsed += at - start;
            _keys[kept] = _keys[slot];
            _groups[kept] = _groups[slot];
            _tags[kept] = _tags[slot];
            _data[kept] = _data[slot];
            _lengths[kept] = _lengths[slot];
            _boosts[kept] = _boosts[slot];
            _orders[kept] = _orders[slot];
            kept++;
        }

        _slots = kept;
        _termBytes = termBytes;
        _termBytesUsed = termBytesUsed;
        foreach (var postings in _postings)
        {
            postings.Renumber(newSlot);
        }

        IndexSlots();
        RecomputeBounds();
    }

    private void RecomputeBoundsIfDrifted()
    {
        var average = _live > 0 ? _totalLength / _live : 0;
        if (average > _boundAverage * RecomputeDrift || average * RecomputeDrift < _boundAverage)
        {
            RecomputeBounds();
        }
    }

    private void RecomputeBounds()
    {
        _boundAverage = _live > 0 && _totalLength > 0 ? _totalLength / _live : 1;
        foreach (var postings in _postings)
        {
            postings.ClearBounds();
            for (var i = 0; i < postings.Count; i++)
            {
                var slot = postings.Slots[i];
                if (_lengths[slot] >= 0)
                {
                    postings.RaiseBlockMax(i, (float)Impact(postings.Frequencies[i] / Quarters, _lengths[slot], _boundAverage, _boosts[slot]));
                }
            }
        }
    }

    // A document's score for a term, before the query weight and idf: boost × BM25 term-frequency part.
    private double Impact(double tf, double length, double average, double boost) =>
        boost * tf * (_k1 + 1) / (tf + (_k1 * (1 - _b + (_b * length / average))));

    /// <summary>
    /// How much to scale the block bounds by: a bound worked out at average length A0 stays a bound at average A ≥ A0 once
    /// multiplied by A / A0 (the length norm 1 - b + b·len/A falls by at most that factor), and needs nothing when A ≤ A0.
    /// A little more covers floating-point rounding.
    /// </summary>
    private double BoundScale(double average) => Math.Max(1, average / _boundAverage) * (1 + 1e-6);

    private Cursor[] Cursors(IReadOnlyList<WeightedTerm> terms)
    {
        var average = _totalLength > 0 ? _totalLength / _live : 1;
        var scale = BoundScale(average);
        var cursors = new List<Cursor>(terms.Count);
        foreach (var (term, weight) in terms)
        {
            if (weight <= 0 || !_termIds.TryGetValue(term, out var termId))
            {
                continue;
            }

            var postings = _postings[termId];
            if (postings.DocumentFrequency == 0 || postings.Count == 0)
            {
                continue;
            }

            var idf = Math.Log(1 + ((_live - postings.DocumentFrequency + 0.5) / (postings.DocumentFrequency + 0.5)));
            cursors.Add(new Cursor(postings, weight * idf, average, weight * idf * scale, cursors.Count));
        }

        return [.. cursors];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Contribution(Cursor cursor, ushort frequency, int slot)
    {
        double tf = frequency / Quarters;
        var norm = _k1 * (1 - _b + (_b * _lengths[slot] / cursor.Average));
        return cursor.Weight * tf * (_k1 + 1) / (tf + norm);
    }

    // Block-max WAND over the cursors' postings; the best hits go to `best`.
    private void WandSearch(Cursor[] cursors, IReadOnlySet<int>? tags, TopHits best)
    {
        var order = (Cursor[])cursors.Clone();
        var parts = new double[cursors.Length];
        var onlyTag = tags is { Count: 1 } ? tags.First() : None;
        while (true)
        {
            SortBySlot(order);
            if (order[0].AtEnd)
            {
                return;
            }

            // The pivot: the first cursor at which the documents' possible scores could reach the threshold.
            var threshold = best.Threshold;
            var bound = 0.0;
            var pivot = -1;
            for (var i = 0; i < order.Length && !order[i].AtEnd; i++)
            {
                bound += order[i].MaxBound;
                if (bound >= threshold)
                {
                    pivot = i;
                    break;
                }
            }

            if (pivot < 0)
            {
                return;
            }

            var slot = order[pivot].Slot;
            var last = pivot;
            while (last + 1 < order.Length && order[last + 1].Slot == slot)
            {
                last++;
            }

            // The block bounds around the pivot document: when even they cannot reach the threshold, no document up to the end
            // of the first of those blocks can, and the cursors before the pivot skip past it.
            if (best.IsFull)
            {
                var blockBound = 0.0;
                var skipTo = last + 1 < order.Length ? order[last + 1].Slot : int.MaxValue;
                for (var i = 0; i <= last; i++)
                {
                    var (max, end) = order[i].BlockAround(slot);
                    blockBound += max;
                    skipTo = Math.Min(skipTo, end + 1);
                }

                if (blockBound < threshold)
                {
                    for (var i = 0; i <= last; i++)
                    {
                        order[i].AdvanceTo(Math.Max(skipTo, slot + 1));
                    }

                    continue;
                }
            }

            if (order[0].Slot != slot)
            {
                // Bring the cursors before the pivot up to it.
                for (var i = 0; i < pivot; i++)
                {
                    order[i].AdvanceTo(slot);
                }

                continue;
            }

            if (_lengths[slot] >= 0 && (tags is null || (onlyTag != None ? _tags[slot] == onlyTag : tags.Contains(_tags[slot]))))
            {
                Array.Clear(parts);
                for (var i = 0; i <= last; i++)
                {
                    parts[order[i].Position] = Contribution(order[i], order[i].Frequency, slot);
                }

                // Summed in query order, as every other way of searching sums it.
                var score = 0.0;
                foreach (var part in parts)
                {
                    score += part;
                }

                best.Offer(slot, score * _boosts[slot]);
            }

            for (var i = 0; i <= last; i++)
            {
                order[i].Next();
            }
        }
    }

    // Scores every document of the filter's tags that holds a query term (the filter is small next to the postings).
    private SearchResult ScoreTagged(Cursor[] cursors, IReadOnlySet<int> tags, int top, int countLimit)
    {
        var slots = TaggedSlots(tags);
        var best = new TopHits(this, Math.Max(top, 0));
        var parts = new double[cursors.Length];
        var matches = 0;
        foreach (var slot in slots)
        {
            var found = false;
            Array.Clear(parts);
            foreach (var cursor in cursors)
            {
                cursor.AdvanceTo(slot);
                if (cursor.Slot == slot)
                {
                    parts[cursor.Position] = Contribution(cursor, cursor.Frequency, slot);
                    found = true;
                }
            }

            if (!found)
            {
                continue;
            }

            matches++;
            var score = 0.0;
            foreach (var part in parts)
            {
                score += part;
            }

            best.Offer(slot, score * _boosts[slot]);
        }

        return new SearchResult(best.Sorted(), Math.Min(matches, countLimit));
    }

    // With no terms: the filter's documents ranked by boost, then order, then key.
    private SearchResult RankTagged(IReadOnlySet<int> tags, int top, int countLimit)
    {
        var slots = TaggedSlots(tags);
        var best = new TopHits(this, Math.Max(top, 0));
        foreach (var slot in slots)
        {
            best.Offer(slot, _boosts[slot]);
        }

        return new SearchResult(best.Sorted(), Math.Min(slots.Count, countLimit));
    }

    // The live slots of the given tags, ascending.
    private List<int> TaggedSlots(IReadOnlySet<int> tags)
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

    // Documents holding any of the terms (and passing the filter), walked from the start until the limit is reached.
    private int CountMatches(Cursor[] cursors, IReadOnlySet<int>? tags, int limit)
    {
        foreach (var cursor in cursors)
        {
            cursor.Reset();
        }

        var matches = 0;
        while (matches < limit)
        {
            var slot = int.MaxValue;
            foreach (var cursor in cursors)
            {
                slot = Math.Min(slot, cursor.Slot);
            }

            if (slot == int.MaxValue)
            {
                break;
            }

            if (_lengths[slot] >= 0 && (tags is null || tags.Contains(_tags[slot])))
            {
                matches++;
            }

            foreach (var cursor in cursors)
            {
                if (cursor.Slot == slot)
                {
                    cursor.Next();
                }
            }
        }

        return matches;
    }

    private static void SortBySlot(Cursor[] cursors)
    {
        for (var i = 1; i < cursors.Length; i++)
        {
            var cursor = cursors[i];
            var j = i - 1;
            while (j >= 0 && cursors[j].Slot > cursor.Slot)
            {
                cursors[j + 1] = cursors[j];
                j--;
            }

            cursors[j + 1] = cursor;
        }
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

    /// <summary>One field of a document: its analysed terms (repeats kept) and its weight (a multiple of 1/4).</summary>
    public readonly record struct Field(IReadOnlyList<string> Terms, float Weight);

    /// <summary>A scored document.</summary>
    public readonly record struct Hit(int Key, int Group, int Tag, double Score, int Data = 0);

    /// <summary>The best hits of a search and how many documents matched (up to the limit asked for).</summary>
    public readonly record struct SearchResult(IReadOnlyList<Hit> Hits, int Matches);

    private sealed class PostingList
    {
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

    /// <summary>
    /// Int keys to slots: ids are small and dense (store ids), so a plain array indexed by key, filled in one pass after a load
    /// instead of a million hash insertions; keys outside its range go to a dictionary.
    /// </summary>
    private sealed class KeyMap
    {
        private const int DenseLimit = 1 << 26;

        private readonly Dictionary<int, int> _sparse = [];

        // Slot + 1 by key; 0 for none.
        private int[] _dense = [];

        public bool TryGetValue(int key, out int slot)
        {
            if ((uint)key < (uint)_dense.Length)
            {
                slot = _dense[key] - 1;
                return slot >= 0;
            }

            if (key is >= 0 and < DenseLimit)
            {
                slot = -1;
                return false;
            }

            return _sparse.TryGetValue(key, out slot);
        }

        public void Set(int key, int slot)
        {
            if (key is >= 0 and < DenseLimit)
            {
                if (key >= _dense.Length)
                {
                    Array.Resize(ref _dense, (int)Math.Min(DenseLimit, Math.Max(key + 1L, Math.Max(16L, _dense.Length * 2L))));
                }

                _dense[key] = slot + 1;
            }
            else
            {
                _sparse[key] = slot;
            }
        }

        public void Remove(int key)
        {
            if ((uint)key < (uint)_dense.Length)
            {
                _dense[key] = 0;
            }
            else
            {
                _sparse.Remove(key);
            }
        }

        public bool Remove(int key, out int slot)
        {
            if (!TryGetValue(key, out slot))
            {
                return false;
            }

            Remove(key);
            return true;
        }

        public void Clear()
        {
            Array.Clear(_dense);
            _sparse.Clear();
        }
    }

    private sealed class TagSlots
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

    /// <summary>A position in one term's postings during a search.</summary>
    private sealed class Cursor(PostingList list, double weight, double average, double boundWeight, int position)
    {
        private int _at;

        public PostingList List { get; } = list;

        /// <summary>The query weight times the term's idf.</summary>
        public double Weight { get; } = weight;

        /// <summary>The index's average length during this search.</summary>
        public double Average { get; } = average;

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

            var blockEnd = (_at | (BlockSize - 1)) + 1;
            while (blockEnd < count && slots[Math.Min(blockEnd + BlockSize, count) - 1] < slot)
            {
                blockEnd += BlockSize;
            }

            _at = Math.Max(_at, blockEnd - BlockSize);
            var end = Math.Min(blockEnd + BlockSize, count);
            var found = Array.BinarySearch(slots, _at, end - _at, slot);
            _at = found >= 0 ? found : ~found;
        }

        /// <summary>The bound of the block that would hold <paramref name="slot"/> (from this cursor on) and the last slot it covers.</summary>
        public (double Max, int End) BlockAround(int slot)
        {
            var slots = List.Slots;
            var count = List.Count;
            var block = _at >> BlockShift;
            while (((block + 1) << BlockShift) < count && slots[((block + 1) << BlockShift) - 1] < slot)
            {
                block++;
            }

            var last = Math.Min(((block + 1) << BlockShift), count) - 1;
            return (BoundWeight * List.BlockMax[block], slots[last]);
        }
    }

    /// <summary>The best hits so far, worst at the top of a bounded heap.</summary>
    private sealed class TopHits(Bm25Index index, int size)
    {
        private readonly PriorityQueue<(int Slot, double Score), (int Slot, double Score)> _heap =
            new(Comparer<(int Slot, double Score)>.Create((x, y) => index.CompareHits(x.Slot, x.Score, y.Slot, y.Score)));

        public bool IsFull => size > 0 && _heap.Count >= size;

        /// <summary>The score a document must reach to enter (ties may enter on order): the worst kept, or below anything.</summary>
        public double Threshold => IsFull ? _heap.Peek().Score : double.NegativeInfinity;

        public void Offer(int slot, double score)
        {
            if (size <= 0)
            {
                return;
            }

            if (_heap.Count < size)
            {
                _heap.Enqueue((slot, score), (slot, score));
            }
            else if (index.CompareHits(slot, score, _heap.Peek().Slot, _heap.Peek().Score) > 0)
            {
                _heap.DequeueEnqueue((slot, score), (slot, score));
            }
        }

        public Hit[] Sorted()
        {
            var hits = new Hit[_heap.Count];
            for (var i = hits.Length - 1; i >= 0; i--)
            {
                var (slot, score) = _heap.Dequeue();
                hits[i] = new Hit(index._keys[slot], index._groups[slot], index._tags[slot], score, index._data[slot]);
            }

            return hits;
        }
    }

    // Positive when the first hit is better: higher score, then higher order, then higher key.
    private int CompareHits(int slotX, double scoreX, int slotY, double scoreY)
    {
        var byScore = scoreX.CompareTo(scoreY);
        if (byScore != 0)
        {
            return byScore;
        }

        var byOrder = _orders[slotX].CompareTo(_orders[slotY]);
        return byOrder != 0 ? byOrder : _keys[slotX].CompareTo(_keys[slotY]);
    }
}
