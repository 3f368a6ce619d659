using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace BriefingBot.Core.Search;

/// <summary>
/// The terms of a <see cref="Bm25Index"/>, each with an id and its <see cref="PostingList"/>, and the average length its block
/// bounds were worked out at.
/// </summary>
/// <remarks>
/// The bounds are worked out at a reference average length and scaled when the average grows, which keeps them bounds
/// (see <see cref="BoundScale"/>); they are worked out again when the average has drifted far from the reference.
/// Not thread-safe: the index's lock guards it.
/// </remarks>
internal sealed class TermPostings
{
    // Block bounds are recomputed at the current average length when it has drifted this far from their reference.
    private const double RecomputeDrift = 1.25;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<PostingList> _postings = [];

    /// <summary>Terms, by id (some may have no live document left).</summary>
    public int Count => _terms.Count;

    /// <summary>The average length the block bounds were worked out at (0: none yet).</summary>
    public double BoundAverage { get; set; }

    public PostingList this[int termId] => _postings[termId];

    public string TermAt(int termId) => _terms[termId];

    /// <summary>The term's id, adding it with empty postings when it is new.</summary>
    public int IdOf(string term)
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

    public bool TryGet(string term, [MaybeNullWhen(false)] out PostingList postings)
    {
        if (_termIds.TryGetValue(term, out var termId))
        {
            postings = _postings[termId];
            return true;
        }

        postings = null;
        return false;
    }

    /// <summary>Adds the next term with postings as loaded (ids follow the order of adding).</summary>
    public void Add(string term, PostingList postings)
    {
        _termIds.Add(term, _terms.Count);
        _terms.Add(term);
        _postings.Add(postings);
    }

    public void EnsureCapacity(int terms) => _termIds.EnsureCapacity(terms);

    /// <summary>
    /// Terms of live documents that start with the same letter as <paramref name="term"/> and are within
    /// <paramref name="maxDistance"/> edits of it (Levenshtein), with that distance and their document frequency, unordered.
    /// </summary>
    public List<(string Term, int Distance, int Frequency)> TermsNear(string term, int maxDistance)
    {
        var found = new List<(string Term, int Distance, int Frequency)>();
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

        return found;
    }

    /// <summary>Gives back the spare room in the posting arrays.</summary>
    public void TrimExcess()
    {
        foreach (var postings in _postings)
        {
            postings.Trim();
        }
    }

    /// <summary>Renumbers every term's postings after a compaction (-1 in <paramref name="newSlot"/>: dropped).</summary>
    public void Renumber(int[] newSlot)
    {
        foreach (var postings in _postings)
        {
            postings.Renumber(newSlot);
        }
    }

    /// <summary>
    /// How much to scale the block bounds by: a bound worked out at average length A0 stays a bound at average A ≥ A0 once
    /// multiplied by A / A0 (the length norm 1 - b + b·len/A falls by at most that factor), and needs nothing when A ≤ A0.
    /// A little more covers floating-point rounding.
    /// </summary>
    public double BoundScale(double average) => Math.Max(1, average / BoundAverage) * (1 + 1e-6);

    public void RecomputeBoundsIfDrifted(Bm25Documents documents, Bm25Scoring scoring)
    {
        var average = documents.Live > 0 ? documents.TotalLength / documents.Live : 0;
        if (average > BoundAverage * RecomputeDrift || average * RecomputeDrift < BoundAverage)
        {
            RecomputeBounds(documents, scoring);
        }
    }

    /// <summary>Works out every block bound again at the documents' current average length.</summary>
    public void RecomputeBounds(Bm25Documents documents, Bm25Scoring scoring)
    {
        var average = BoundAverage = documents.Live > 0 && documents.TotalLength > 0 ? documents.TotalLength / documents.Live : 1;
        var lengths = documents.Lengths;
        var boosts = documents.Boosts;
        foreach (var postings in _postings)
        {
            postings.ClearBounds();
            for (var i = 0; i < postings.Count; i++)
            {
                var slot = postings.Slots[i];
                if (lengths[slot] >= 0)
                {
                    postings.RaiseBlockMax(
                        i, (float)scoring.Impact(postings.Frequencies[i] / Bm25Scoring.Quarters, lengths[slot], average, boosts[slot]));
                }
            }
        }
    }
}
