using System.Buffers;
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
    public List<RankedQuote> Rank(IReadOnlyList<QuoteHit> hits, int window, bool spread, Func<QuoteHit, double>? score = null)
    {
        var groups = new List<RankedQuote>();
        var tail = new List<RankedQuote>();

        // The groups' comparison keys, in buffers lent for this call only: an answer ranks dozens of quotes, and keeping their
        // keys off the heap keeps the collector (whose pauses every request in flight waits out) quiet.
        var keys = new List<(char[] Buffer, int Length)>();
        try
        {
            for (var i = 0; i < hits.Count; i++)
            {
                if (citations.Quote(hits[i].QuoteId) is not { } quote || !citations.HasArticle(quote.ArticleId))
                {
                    continue;
                }

                var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, quote.Text.Length));
                var key = (Buffer: buffer, Length: WriteKey(quote.Text, buffer));
                var same = keys.Count - 1;
                while (same >= 0 && !SameWords(keys[same].Buffer.AsSpan(0, keys[same].Length), key.Buffer.AsSpan(0, key.Length)))
                {
                    same--;
                }

                if (same >= 0)
                {
                    // The longer wording is kept: it is the fuller quote.
                    var group = groups[same];
                    if (quote.Text.Length > group.Quote.Text.Length && quote.Kind != QuoteKind.Reported)
                    {
                        group.Copies.Add(group.Quote);
                        groups[same] = group with { Quote = quote };
                        (keys[same], key) = (key, keys[same]);
                    }
                    else
                    {
                        group.Copies.Add(quote);
                    }

                    ArrayPool<char>.Shared.Return(key.Buffer);
                    continue;
                }

                var ranked = new RankedQuote(quote, (score?.Invoke(hits[i]) ?? hits[i].Score) * Weight(quote), []);
                groups.Add(ranked);
                keys.Add(key);
                if (i >= window)
                {
                    tail.Add(ranked);
                }
            }
        }
        finally
        {
            foreach (var (buffer, _) in keys)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        var inTail = tail.ToHashSet(ReferenceEqualityComparer.Instance);
        var head = groups.Where(g => !inTail.Contains(g)).ToList();
        var ordered = spread ? Spread(head) : head.OrderByDescending(g => g.Score).ToList();
        ordered.AddRange(tail);
        return ordered;
    }

    private static double Weight(QuoteCard quote)
    {
        var weight = quote.Kind == QuoteKind.Reported ? ReportedWeight : 1.0;
        return WordCount(quote.Text) < FragmentWords ? weight * FragmentWeight : weight;
    }

    // Greedy: each step takes the best quote after the penalties for speakers and articles already shown. Speakers and
    // articles are numbered once and the penalties looked up by count, so the quadratic loop does arithmetic only.
    private static List<RankedQuote> Spread(List<RankedQuote> candidates)
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
        for (var step = 0; step < n; step++)
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

    private static bool SameWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        return a.Length <= b.Length ? Within(a, b) : Within(b, a);
    }

    private static bool Within(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer) =>
        shorter.Length >= SameQuoteShare * longer.Length && longer.Contains(shorter, StringComparison.Ordinal);

    // Letters and digits only, lower-cased, words separated by one space: quote marks, dashes and spacing do not count.
    // Writes the key into the buffer (at least as long as the text) and returns its length.
    private static int WriteKey(string text, char[] buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        return length > 0 && buffer[length - 1] == ' ' ? length - 1 : length;
    }

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }
}
