namespace BriefingBot.Core.Search;

/// <summary>The best hits of a <see cref="Bm25Index"/> search so far, worst at the top of a bounded binary heap.</summary>
/// <remarks>The heap is two flat arrays compared in place: a search offers thousands of documents, most of them below the worst kept.</remarks>
internal sealed class TopHits(Bm25Documents documents, int size)
{
    // Sized for the hits asked for, up to a start that grows by doubling: "all of them" asks for more than there are.
    private int[] _slots = new int[Math.Clamp(size, 0, 64)];
    private double[] _scores = new double[Math.Clamp(size, 0, 64)];
    private int _count;

    public bool IsFull => size > 0 && _count >= size;

    /// <summary>The score a document must reach to enter (ties may enter on order): the worst kept, or below anything.</summary>
    public double Threshold => IsFull ? _scores[0] : double.NegativeInfinity;

    public void Offer(int slot, double score)
    {
        if (size <= 0)
        {
            return;
        }

        if (_count < size)
        {
            if (_count == _slots.Length)
            {
                var grown = (int)Math.Min(size, 2L * _slots.Length);
                Array.Resize(ref _slots, grown);
                Array.Resize(ref _scores, grown);
            }

            // Sift up from the end.
            var at = _count++;
            while (at > 0)
            {
                var parent = (at - 1) / 2;
                if (documents.CompareHits(slot, score, _slots[parent], _scores[parent]) >= 0)
                {
                    break;
                }

                (_slots[at], _scores[at]) = (_slots[parent], _scores[parent]);
                at = parent;
            }

            (_slots[at], _scores[at]) = (slot, score);
        }
        else if (score >= _scores[0] && documents.CompareHits(slot, score, _slots[0], _scores[0]) > 0)
        {
            SiftDown(slot, score, _count);
        }
    }

    public Bm25Hit[] Sorted()
    {
        var hits = new Bm25Hit[_count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            hits[i] = documents.HitAt(_slots[0], _scores[0]);
            _count--;
            if (_count > 0)
            {
                SiftDown(_slots[_count], _scores[_count], _count);
            }
        }

        return hits;
    }

    // Puts the hit at the top and moves it down to its place among the first `count` entries.
    private void SiftDown(int slot, double score, int count)
    {
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && documents.CompareHits(_slots[child + 1], _scores[child + 1], _slots[child], _scores[child]) < 0)
            {
                child++;
            }

            if (documents.CompareHits(slot, score, _slots[child], _scores[child]) <= 0)
            {
                break;
            }

            (_slots[at], _scores[at]) = (_slots[child], _scores[child]);
            at = child;
        }

        (_slots[at], _scores[at]) = (slot, score);
    }
}
