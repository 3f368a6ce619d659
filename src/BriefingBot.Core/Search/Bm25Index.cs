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
/// Its parts: the documents in slots (<see cref="Bm25Documents"/>), each term's postings (<see cref="TermPostings"/>,
/// <see cref="PostingList"/>), the top-k search (<see cref="WandSearch"/>), the dropping of removed documents
/// (<see cref="Bm25Compaction"/>) and the saved form (<see cref="Bm25IndexFormat"/>).
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

    private readonly Bm25Scoring _scoring;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Bm25Documents _documents;
    private readonly TermPostings _postings;
    private readonly WandSearch _search;
    private readonly Bm25Compaction _compaction;

    /// <param name="k1">Term-frequency saturation.</param>
    /// <param name="b">How much document length normalises scores.</param>
    /// <param name="compactAfter">Fewest dead documents before a compaction (small in tests).</param>
    public Bm25Index(double k1 = 1.2, double b = 0.75, int compactAfter = 1024)
        : this(new Bm25Scoring(k1, b), compactAfter, new Bm25Documents(), new TermPostings())
    {
    }

    /// <summary>An index over documents and postings as <see cref="Bm25IndexFormat"/> loads them.</summary>
    internal Bm25Index(Bm25Scoring scoring, int compactAfter, Bm25Documents documents, TermPostings postings)
    {
        _scoring = scoring;
        _documents = documents;
        _postings = postings;
        _search = new WandSearch(documents, postings, scoring);
        _compaction = new Bm25Compaction(documents, postings, scoring, compactAfter);
    }

    /// <summary>Live documents.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _documents.Live;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Removed documents whose postings are still held (for tests of compaction).</summary>
    internal int DeadCount => _documents.Dead;

    /// <summary>Loads an index written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a whole index written by this format.</exception>
    public static Bm25Index Read(BinaryReader reader, int compactAfter = 1024)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Bm25IndexFormat.Read(reader, compactAfter);
    }

    /// <summary>True when a live document has this key.</summary>
    public bool ContainsKey(int key)
    {
        _lock.EnterReadLock();
        try
        {
            return _documents.TryGetSlot(key, out _);
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
    public void Add(int key, int group, int tag, IReadOnlyList<Bm25Field> fields, int data = 0, long order = 0, float boost = 1f)
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
            var quarters = field.Weight * Bm25Scoring.Quarters;
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
            if (_documents.TryGetSlot(key, out var old))
            {
                RemoveSlot(old);
            }

            if (_postings.BoundAverage == 0)
            {
                _postings.BoundAverage = length > 0 ? length : 1;
            }

            var slot = _documents.Add(key, group, tag, length, data, order, boost);
            var termIds = new int[frequencies.Count];
            var i = 0;
            foreach (var (term, frequency) in frequencies)
            {
                var termId = _postings.IdOf(term);
                var tf = (ushort)Math.Min(frequency, ushort.MaxValue);
                _postings[termId].Add(slot, tf, (float)_scoring.Impact(tf / Bm25Scoring.Quarters, length, _postings.BoundAverage, boost));
                termIds[i++] = termId;
            }

            Array.Sort(termIds);
            _documents.SetTerms(slot, termIds);
            _compaction.CompactIfWorthIt();
            _postings.RecomputeBoundsIfDrifted(_documents, _scoring);
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
            if (!_documents.TryGetSlot(key, out var slot))
            {
                return false;
            }

            RemoveSlot(slot);
            _compaction.CompactIfWorthIt();
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
            if (group == None || !_documents.RemoveGroup(group, out var slot))
            {
                return [];
            }

            var removed = new List<int>();
            for (; slot >= 0; slot = _documents.PreviousInGroup(slot))
            {
                if (_documents.Lengths[slot] >= 0 && _documents.Groups[slot] == group)
                {
                    removed.Add(_documents.Keys[slot]);
                    RemoveSlot(slot);
                }
            }

            _compaction.CompactIfWorthIt();
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
            _postings.TrimExcess();
            _documents.TrimExcess();
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
            return _postings.TryGet(term, out var postings) && postings.DocumentFrequency > 0;
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
        List<(string Term, int Distance, int Frequency)> found;
        _lock.EnterReadLock();
        try
        {
            found = _postings.TermsNear(term, maxDistance);
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
            return _documents.KeysWithTag(tag);
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
            return _documents.CountWithTags(tags);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher order, then higher key first).</summary>
    public IReadOnlyList<Bm25Hit> Search(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags = null) =>
        Find(terms, top, tags, countLimit: 0).Hits;

    /// <summary>
    /// The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher order, then higher
    /// key first), and how many documents match at all, counted up to <paramref name="countLimit"/>.
    /// </summary>
    /// <param name="tags">When given, only documents whose tag is in the set. With no terms, these documents ranked by boost.</param>
    public Bm25SearchResult Find(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _lock.EnterReadLock();
        try
        {
            return _search.Find(terms, top, tags, countLimit);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Up to how many postings in all a query is scored posting by posting rather than by WAND (tests set both ways).</summary>
    internal long AccumulateBelow
    {
        get => _search.AccumulateBelow;
        set => _search.AccumulateBelow = value;
    }

    /// <summary>The same ranking by scoring every posting (for tests: the top-k search must always agree with it).</summary>
    internal Bm25SearchResult FindExhaustively(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        _lock.EnterReadLock();
        try
        {
            return _search.FindExhaustively(terms, top, tags, countLimit);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Writes the whole index (compacted first) to <paramref name="writer"/>; <see cref="Read"/> loads it back.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _lock.EnterWriteLock();
        try
        {
            if (_documents.Dead > 0)
            {
                _compaction.Compact();
            }

            Bm25IndexFormat.Write(writer, _scoring, _documents, _postings);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // A removed document's slot is only marked dead; its terms no longer count it.
    private void RemoveSlot(int slot)
    {
        foreach (var termId in _documents.TermsOf(slot))
        {
            _postings[termId].DocumentFrequency--;
        }

        _documents.Remove(slot);
    }
}
