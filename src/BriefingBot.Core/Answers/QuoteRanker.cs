using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answers;

/// <summary>
/// Re-orders the best hits of a search into an answer: near-identical quotes fold into the best of them, fragments of a few
/// words and paraphrases step back behind full quotes, and (for topic questions) each further quote from a speaker or an
/// article already shown counts less, so the first quotes come from different people and articles.
/// </summary>
internal sealed class QuoteRanker(CitationTable citations)
{
    // Quotes shorter than this many words are fragments ("a witch hunt").
    private const int FragmentWords = 5;
    private const double FragmentWeight = 0.5;
    // A paraphrase (already weighed down by the index) steps back behind the speaker's own words.
    private const double ReportedWeight = 0.4;

    // Each earlier quote from the same speaker, or from the same article, multiplies a topic answer's score by these.
    private const double SameSpeakerWeight = 0.6;
    private const double SameArticleWeight = 0.8;

    // A shorter text inside a longer one is the same quote when it is at least this share of it.
    private const double SameQuoteShare = 0.6;

    /// <summary>The hits as an answer orders them: the first <paramref name="window"/> re-ordered, the rest in the index's order.</summary>
    /// <param name="score">A hit's score before the weights for kind and length; its index score when null.</param>
    /// <remarks>
    /// Ranking reads each quote's traits, not its text: whether two quotes may be the same words is told from their measures,
    /// and only the few pairs that pass are compared word for word.
    /// </remarks>
    /// <param name="needed">How many of the first groups must be in their place (a page's end); the order of the rest is not kept.</param>
    public List<RankedQuote> Rank(IReadOnlyList<QuoteHit> hits, int window, bool spread, Func<QuoteHit, double>? score = null, int needed = int.MaxValue)
    {
        var groups = new List<RankedQuote>();
        QuoteKeys? keys = null;
        // The groups begun within the window are re-ordered; those begun after it keep the index's order.
        var head = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            if (citations.Traits(hits[i].QuoteId) is not { } quote || !citations.HasArticle(quote.ArticleId))
            {
                continue;
            }

            var same = groups.Count - 1;
            while (same >= 0 && !SameWords(groups[same].Quote, quote, ref keys))
            {
                same--;
            }

            if (same >= 0)
            {
                // The longer wording is kept: it is the fuller quote.
                groups[same].Fold(quote);
                continue;
            }

            if (i >= window && head < 0)
            {
                head = groups.Count;
            }

            groups.Add(new RankedQuote(quote, (score?.Invoke(hits[i]) ?? hits[i].Score) * Weight(quote)));
        }

        keys?.Dispose();
        head = head < 0 ? groups.Count : head;
        var first = groups.GetRange(0, head);
        var ordered = spread ? Spread(first, needed) : [.. first.OrderByDescending(g => g.Score)];
        ordered.AddRange(groups.Skip(head));
        return ordered;
    }

    private static double Weight(QuoteTraits quote)
    {
        var weight = quote.Kind == QuoteKind.Reported ? ReportedWeight : 1.0;
        return quote.Wording.Words < FragmentWords ? weight * FragmentWeight : weight;
    }

    // Greedy: each step takes the best quote after the penalties for speakers and articles already shown. Speakers and
    // articles are numbered once and the penalties looked up by count, so the loop does arithmetic only. It stops once the
    // first `needed` are placed: the rest follow in their own order (only their number counts).
    private static List<RankedQuote> Spread(List<RankedQuote> candidates, int needed)
    {
        var n = candidates.Count;
        var speakers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var articles = new Dictionary<int, int>();
        var speakerOf = new int[n];
        var articleOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            var quote = candidates[i].Quote;
            speakerOf[i] = quote.Speaker is { } s ? Number(speakers, s) : -1;
            articleOf[i] = Number(articles, quote.ArticleId);
        }

        var speakerShown = new int[speakers.Count];
        var articleShown = new int[articles.Count];
        var speakerWeight = Powers(SameSpeakerWeight, n);
        var articleWeight = Powers(SameArticleWeight, n);
        var taken = new bool[n];
        var ordered = new List<RankedQuote>(n);
        for (var step = 0; step < Math.Min(n, needed); step++)
        {
            var best = -1;
            var bestScore = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                if (taken[i])
                {
                    continue;
                }

                var score = candidates[i].Score
                    * (speakerOf[i] < 0 ? 1 : speakerWeight[speakerShown[speakerOf[i]]])
                    * articleWeight[articleShown[articleOf[i]]];
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }

            taken[best] = true;
            ordered.Add(candidates[best]);
            if (speakerOf[best] >= 0)
            {
                speakerShown[speakerOf[best]]++;
            }

            articleShown[articleOf[best]]++;
        }

        for (var i = 0; i < n && ordered.Count < n; i++)
        {
            if (!taken[i])
            {
                ordered.Add(candidates[i]);
            }
        }

        return ordered;

        static int Number<T>(Dictionary<T, int> numbers, T key)
            where T : notnull
        {
            if (!numbers.TryGetValue(key, out var number))
            {
                numbers[key] = number = numbers.Count;
            }

            return number;
        }

        static double[] Powers(double weight, int count)
        {
            var powers = new double[count + 1];
            powers[0] = 1;
            for (var k = 1; k <= count; k++)
            {
                powers[k] = powers[k - 1] * weight;
            }

            return powers;
        }
    }

    // The same words: the shorter key (at least a share of the longer) lies within the longer one. Measures rule most pairs
    // out; the keys of the rest are written once per ranking, off the heap.
    private bool SameWords(QuoteTraits a, QuoteTraits b, ref QuoteKeys? keys)
    {
        var (shorter, longer) = a.Wording.KeyLength <= b.Wording.KeyLength ? (a, b) : (b, a);
        if (shorter.Wording.KeyLength == 0 || shorter.Wording.KeyLength < SameQuoteShare * longer.Wording.KeyLength
            || !QuoteWording.MayLieWithin(shorter.Wording, longer.Wording))
        {
            return false;
        }

        keys ??= new QuoteKeys(citations);
        return keys.LiesWithin(shorter.Id, longer.Id);
    }
}
