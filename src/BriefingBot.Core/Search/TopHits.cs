namespace BriefingBot.Core.Search;

/// <summary>The best hits of a <see cref="Bm25Index"/> search so far, worst at the top of a bounded heap.</summary>
internal sealed class TopHits(Bm25Documents documents, int size)
{
    private readonly PriorityQueue<(int Slot, double Score), (int Slot, double Score)> _heap =
        new(Comparer<(int Slot, double Score)>.Create((x, y) => documents.CompareHits(x.Slot, x.Score, y.Slot, y.Score)));

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
        else if (score >= _heap.Peek().Score && documents.CompareHits(slot, score, _heap.Peek().Slot, _heap.Peek().Score) > 0)
        {
            _heap.DequeueEnqueue((slot, score), (slot, score));
        }
    }

    public Bm25Hit[] Sorted()
    {
        var hits = new Bm25Hit[_heap.Count];
        for (var i = hits.Length - 1; i >= 0; i--)
        {
            var (slot, score) = _heap.Dequeue();
            hits[i] = documents.HitAt(slot, score);
        }

        return hits;
    }
}
