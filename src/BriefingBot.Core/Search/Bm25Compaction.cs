namespace BriefingBot.Core.Search;

/// <summary>
/// Drops the dead documents of a <see cref="Bm25Index"/>: removing a document only marks its slot dead, and dead postings are
/// skipped until they are worth dropping (a quarter of the index, and no fewer than a set number).
/// </summary>
/// <remarks>Not thread-safe: runs under the index's write lock.</remarks>
internal sealed class Bm25Compaction(Bm25Documents documents, TermPostings postings, Bm25Scoring scoring, int compactAfter)
{
    public void CompactIfWorthIt()
    {
        if (documents.Dead < compactAfter || documents.Dead < documents.Live / 4)
        {
            return;
        }

        Compact();
    }

    /// <summary>Moves the live slots down over the dead ones, renumbers the postings and works out their bounds again.</summary>
    public void Compact()
    {
        // Slots are renumbered in the same order, so postings stay sorted by slot.
        var count = documents.Count;
        var newSlot = new int[count];
        var kept = 0;
        var termBytes = new byte[Math.Max(16, documents.TermBytesUsed)];
        var termBytesUsed = 0;
        var keys = documents.Keys;
        var groups = documents.Groups;
        var tags = documents.Tags;
        var data = documents.Data;
        var lengths = documents.Lengths;
        var boosts = documents.Boosts;
        var orders = documents.Orders;
        var termsAt = documents.TermsAt;
        for (var slot = 0; slot < count; slot++)
        {
            if (lengths[slot] < 0)
            {
                newSlot[slot] = -1;
                continue;
            }

            newSlot[slot] = kept;
            var terms = documents.PackedTermsOf(slot);
            terms.CopyTo(termBytes.AsSpan(termBytesUsed));
            termsAt[kept] = termBytesUsed;
            termBytesUsed += terms.Length;
            keys[kept] = keys[slot];
            groups[kept] = groups[slot];
            tags[kept] = tags[slot];
            data[kept] = data[slot];
            lengths[kept] = lengths[slot];
            boosts[kept] = boosts[slot];
            orders[kept] = orders[slot];
            kept++;
        }

        postings.Renumber(newSlot);
        documents.Compacted(kept, termBytes, termBytesUsed);
        postings.RecomputeBounds(documents, scoring);
    }
}
