namespace BriefingBot.Core.Search;

/// <summary>
/// Top-k search over a <see cref="Bm25Index"/>'s postings by block-max WAND: postings are cut into blocks, each with an upper
/// bound of any of its documents' score for the term, so the search skips every block that cannot beat the k-th best hit so
/// far and common words do not walk their whole posting lists.
/// </summary>
/// <remarks>
/// Each candidate's score is summed term by term in query order, as an exhaustive search would, so the top k are exactly the
/// exhaustive search's (<see cref="FindExhaustively"/>, which tests hold it to). A tag filter with few documents is walked
/// instead of the postings, and a query with few postings in all is scored posting by posting into an accumulator: WAND's
/// pivot and block bookkeeping pay only where they skip most of the postings. The index's read lock is held by the caller; the documents and postings do not change meanwhile.
/// </remarks>
internal sealed class WandSearch(Bm25Documents documents, TermPostings postings, Bm25Scoring scoring)
{
    // Each thread's accumulator, one score per document slot; only the slots a search touched are non-zero, and they are
    // cleared before it returns.
    [ThreadStatic]
    private static double[]? t_scores;

    [ThreadStatic]
    private static int[]? t_touched;

    [ThreadStatic]
    private static double[]? t_floor;

    [ThreadStatic]
    private static int[]? t_sample;

    /// <summary>Up to how many postings in all a query is scored posting by posting rather than by WAND.</summary>
    public long AccumulateBelow { get; set; } = 40_000;

    /// <summary>
    /// The best <paramref name="top"/> documents for the weighted terms, best first (equal scores: higher order, then higher
    /// key first), and how many documents match at all, counted up to <paramref name="countLimit"/>.
    /// </summary>
    /// <param name="tags">When given, only documents whose tag is in the set. With no terms, these documents ranked by boost.</param>
    public Bm25SearchResult Find(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        if (documents.Live == 0 || (top <= 0 && countLimit <= 0))
        {
            return new Bm25SearchResult([], 0);
        }

        if (terms.Count == 0)
        {
            return tags is null ? new Bm25SearchResult([], 0) : RankTagged(tags, top, countLimit);
        }

        var cursors = Cursors(terms);
        if (cursors.Length == 0)
        {
            return new Bm25SearchResult([], 0);
        }

        var postingCount = 0L;
        foreach (var cursor in cursors)
        {
            postingCount += cursor.List.Count;
        }

        // A filter with few documents is cheaper to walk (scoring each of them) than the postings.
        var tagged = tags is null ? 0L : documents.SlotsWithTags(tags);
        if (tags is not null && tagged * cursors.Length * 4 < postingCount)
        {
            return ScoreTagged(cursors, tags, top, countLimit);
        }

        var best = new TopHits(documents, Math.Max(top, 0));
        if (postingCount < AccumulateBelow)
        {
            var touched = Accumulate(cursors, tags, best, top, countLimit);
            return new Bm25SearchResult(best.Sorted(), Math.Min(touched, Math.Max(countLimit, 0)));
        }

        if (top > 0)
        {
            Wand(cursors, tags, best);
        }

        var matches = countLimit > 0 ? CountMatches(cursors, tags, countLimit) : 0;
        return new Bm25SearchResult(best.Sorted(), matches);
    }

    /// <summary>The same ranking by scoring every posting (for tests: the top-k search must always agree with it).</summary>
    public Bm25SearchResult FindExhaustively(IReadOnlyList<WeightedTerm> terms, int top, IReadOnlySet<int>? tags, int countLimit)
    {
        var lengths = documents.Lengths;
        var slotTags = documents.Tags;
        var boosts = documents.Boosts;
        var cursors = Cursors(terms);
        var scores = new Dictionary<int, double[]>();
        for (var c = 0; c < cursors.Length; c++)
        {
            var list = cursors[c].List;
            for (var i = 0; i < list.Count; i++)
            {
                var slot = list.Slots[i];
                if (lengths[slot] < 0 || (tags is not null && !tags.Contains(slotTags[slot])))
                {
                    continue;
                }

                if (!scores.TryGetValue(slot, out var parts))
                {
                    scores[slot] = parts = new double[cursors.Length];
                }

                parts[c] = Bm25Scoring.Contribution(cursors[c], list.Frequencies[i], lengths[slot]);
            }
        }

        var best = new TopHits(documents, top);
        foreach (var (slot, parts) in scores)
        {
            var sum = 0.0;
            foreach (var part in parts)
            {
                sum += part;
            }

            best.Offer(slot, sum * boosts[slot]);
        }

        return new Bm25SearchResult(best.Sorted(), Math.Min(scores.Count, countLimit));
    }

    private static void SortBySlot(PostingCursor[] cursors)
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

    private PostingCursor[] Cursors(IReadOnlyList<WeightedTerm> terms)
    {
        var live = documents.Live;
        var average = documents.TotalLength > 0 ? documents.TotalLength / live : 1;
        var scale = postings.BoundScale(average);
        var cursors = new List<PostingCursor>(terms.Count);
        foreach (var (term, weight) in terms)
        {
            if (weight <= 0 || !postings.TryGet(term, out var list))
            {
                continue;
            }

            if (list.DocumentFrequency == 0 || list.Count == 0)
            {
                continue;
            }

            var idf = Math.Log(1 + ((live - list.DocumentFrequency + 0.5) / (list.DocumentFrequency + 0.5)));
            cursors.Add(new PostingCursor(list, weight * idf, average, weight * idf * scale, cursors.Count) { Fixed = scoring.Fixed(weight * idf, average) });
        }

        return [.. cursors];
    }

    // Every posting scored into the thread's accumulator in query order (so each sum is the one WAND makes); the best hits go
    // to `best`. Returns how many documents matched, exactly up to `countLimit`.
    // The last terms of a query are often broad ones of low weight (related words, synonyms). Once the documents already
    // touched hold `top` scores above what those terms could give together at most, no document only they match can enter
    // the best, so their postings then add only to documents already touched (MaxScore's pruning, in query order: the sums
    // stay the same). Looked at twice at most, where the terms left can add little and have many postings.
    private int Accumulate(PostingCursor[] cursors, IReadOnlySet<int>? tags, TopHits best, int top, int countLimit)
    {
        var lengths = documents.Lengths;
        var slotTags = documents.Tags;
        var boosts = documents.Boosts;
        var scores = t_scores is { } kept && kept.Length >= lengths.Length ? kept : t_scores = new double[lengths.Length];
        var touched = t_touched ?? [];
        var count = 0;
        var onlyTag = tags is { Count: 1 } ? tags.First() : Bm25Index.None;
        var rest = new double[cursors.Length + 1];
        var restPostings = new long[cursors.Length + 1];
        for (var c = cursors.Length - 1; c >= 0; c--)
        {
            rest[c] = rest[c + 1] + cursors[c].MaxBound;
            restPostings[c] = restPostings[c + 1] + cursors[c].List.Count;
        }

        var touchedOnly = false;
        var looks = 0;
        try
        {
            for (var c = 0; c < cursors.Length; c++)
            {
                var cursor = cursors[c];
                var list = cursor.List;

                // A look ranks the documents touched so far: worth it only when the postings left are many more.
                if (!touchedOnly && c > 0 && looks < 2 && top > 0 && count >= top && count >= countLimit && restPostings[c] > 2L * count
                    && rest[c] < rest[0] / 4)
                {
                    looks++;
                    touchedOnly = rest[c] < KthBest(scores, boosts, touched.AsSpan(0, count), top);
                }

                if (touchedOnly)
                {
                    AddToTouched(list.Slots.AsSpan(0, list.Count), list.Frequencies.AsSpan(0, list.Count), cursor.Fixed, lengths, scores);
                    continue;
                }

                if (touched.Length < count + list.Count)
                {
                    Array.Resize(ref touched, Math.Max(256, Math.Max(count + list.Count, touched.Length * 2)));
                    t_touched = touched;
                }

                count = AddAll(list.Slots.AsSpan(0, list.Count), list.Frequencies.AsSpan(0, list.Count), cursor.Fixed, lengths, scores, touched, count,
                    tags is null ? null : slotTags, tags, onlyTag);
            }

            // With many more documents than places, only documents at or above a floor go to the heap (otherwise documents met
            // in rising order each displace the heap's least): the top-th best of an even sample, which the top-th best of all
            // can only exceed. The sample is kept small, as selecting costs a pass over it.
            var floor = double.NegativeInfinity;
            if (top > 0 && count > 16L * top)
            {
                var stride = count / (8 * top);
                var sample = t_sample is { } room && room.Length >= 8 * top ? room : t_sample = new int[Math.Max(256, 16 * top)];
                var taken = 0;
                for (var i = 0; i < count && taken < sample.Length; i += stride)
                {
                    sample[taken++] = touched[i];
                }

                floor = KthBest(scores, boosts, sample.AsSpan(0, taken), top);
            }
            for (var i = 0; i < count; i++)
            {
                var slot = touched[i];
                var score = scores[slot] * boosts[slot];
                if (score >= floor)
                {
                    best.Offer(slot, score);
                }
            }

            return count;
        }
        finally
        {
            for (var i = 0; i < count; i++)
            {
                scores[touched[i]] = 0;
            }
        }
    }

    // Adds one posting list's contributions (Bm25Scoring.Contribution, its constants read once) to every document it has
    // that passes the tags, noting the ones not touched before; returns the new count. `touched` has room for every posting.
    private static int AddAll(
        ReadOnlySpan<int> slots, ReadOnlySpan<ushort> frequencies, (double Scale, double NormBase, double NormPerLength) fixedParts, float[] lengths,
        double[] scores, int[] touched, int count, int[]? slotTags, IReadOnlySet<int>? tags, int onlyTag)
    {
        var (scale, normBase, normPerLength) = fixedParts;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            var length = lengths[slot];
            if (length < 0 || (slotTags is not null && (onlyTag != Bm25Index.None ? slotTags[slot] != onlyTag : !tags!.Contains(slotTags[slot]))))
            {
                continue;
            }

            // A term's contribution is always above zero, so zero marks a document not yet touched.
            if (scores[slot] == 0)
            {
                touched[count++] = slot;
            }

            double tf = frequencies[i] / Bm25Scoring.Quarters;
            scores[slot] += scale * tf / (tf + normBase + (normPerLength * length));
        }

        return count;
    }

    // Adds one posting list's contributions to the documents already touched only.
    private static void AddToTouched(
        ReadOnlySpan<int> slots, ReadOnlySpan<ushort> frequencies, (double Scale, double NormBase, double NormPerLength) fixedParts, float[] lengths,
        double[] scores)
    {
        var (scale, normBase, normPerLength) = fixedParts;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (scores[slot] != 0)
            {
                double tf = frequencies[i] / Bm25Scoring.Quarters;
                scores[slot] += scale * tf / (tf + normBase + (normPerLength * lengths[slot]));
            }
        }
    }

    // The `top`-th best of the touched documents' boosted scores as they stand (a floor under the final one while terms remain).
    private static double KthBest(double[] scores, float[] boosts, ReadOnlySpan<int> touched, int top)
    {
        var values = t_floor is { } kept && kept.Length >= touched.Length ? kept : t_floor = new double[Math.Max(256, touched.Length * 2)];
        for (var i = 0; i < touched.Length; i++)
        {
            values[i] = scores[touched[i]] * boosts[touched[i]];
        }

        return Select(values.AsSpan(0, touched.Length), top - 1);
    }

    // The `rank`-th largest value (0: the largest), by Hoare's selection; the values are left reordered.
    private static double Select(Span<double> values, int rank)
    {
        var (low, high) = (0, values.Length - 1);
        while (low < high)
        {
            var pivot = values[low + ((high - low) / 2)];
            var (i, j) = (low, high);
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }

                while (values[j] < pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (rank <= j)
            {
                high = j;
            }
            else if (rank >= i)
            {
                low = i;
            }
            else
            {
                return values[rank];
            }
        }

        return values[rank];
    }

    // Block-max WAND over the cursors' postings; the best hits go to `best`.
    private void Wand(PostingCursor[] cursors, IReadOnlySet<int>? tags, TopHits best)
    {
        // The arrays do not change under the read lock the caller holds.
        var lengths = documents.Lengths;
        var slotTags = documents.Tags;
        var boosts = documents.Boosts;
        var order = (PostingCursor[])cursors.Clone();
        var parts = new double[cursors.Length];
        var onlyTag = tags is { Count: 1 } ? tags.First() : Bm25Index.None;
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

            if (lengths[slot] >= 0
                && (tags is null || (onlyTag != Bm25Index.None ? slotTags[slot] == onlyTag : tags.Contains(slotTags[slot]))))
            {
                Array.Clear(parts);
                for (var i = 0; i <= last; i++)
                {
                    parts[order[i].Position] = Bm25Scoring.Contribution(order[i], order[i].Frequency, lengths[slot]);
                }

                // Summed in query order, as every other way of searching sums it.
                var score = 0.0;
                foreach (var part in parts)
                {
                    score += part;
                }

                best.Offer(slot, score * boosts[slot]);
            }

            for (var i = 0; i <= last; i++)
            {
                order[i].Next();
            }
        }
    }

    // Scores every document of the filter's tags that holds a query term (the filter is small next to the postings).
    private Bm25SearchResult ScoreTagged(PostingCursor[] cursors, IReadOnlySet<int> tags, int top, int countLimit)
    {
        var lengths = documents.Lengths;
        var boosts = documents.Boosts;
        var slots = documents.TaggedSlots(tags);
        var best = new TopHits(documents, Math.Max(top, 0));
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
                    parts[cursor.Position] = Bm25Scoring.Contribution(cursor, cursor.Frequency, lengths[slot]);
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

            best.Offer(slot, score * boosts[slot]);
        }

        return new Bm25SearchResult(best.Sorted(), Math.Min(matches, countLimit));
    }

    // With no terms: the filter's documents ranked by boost, then order, then key.
    private Bm25SearchResult RankTagged(IReadOnlySet<int> tags, int top, int countLimit)
    {
        var boosts = documents.Boosts;
        var slots = documents.TaggedSlots(tags);
        var best = new TopHits(documents, Math.Max(top, 0));
        foreach (var slot in slots)
        {
            best.Offer(slot, boosts[slot]);
        }

        return new Bm25SearchResult(best.Sorted(), Math.Min(slots.Count, countLimit));
    }

    // Documents holding any of the terms (and passing the filter), walked from the start until the limit is reached.
    private int CountMatches(PostingCursor[] cursors, IReadOnlySet<int>? tags, int limit)
    {
        var lengths = documents.Lengths;
        var slotTags = documents.Tags;
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

            if (lengths[slot] >= 0 && (tags is null || tags.Contains(slotTags[slot])))
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
}
