using System.Runtime.Intrinsics;

namespace BriefingBot.Core.Speakers;

/// <summary>
/// How alike two name keys (see <see cref="NameNormalizer.Key"/>) are, and whether they may name the same person: the one place
/// names are compared. Similarity is Jaro-Winkler as the string-similarity library defines it; a cheap bound and an allocation-free
/// estimate rule most keys out before the library decides.
/// </summary>
public static class NameSimilarity
{
    /// <summary>How many character buckets <see cref="Letters"/> counts: exactly one 256-bit vector.</summary>
    internal const int LetterBuckets = 32;

    // Wider than any difference between the two computations of Jaro-Winkler (single against double precision).
    private const double EstimateMargin = 1e-3;

    // Spellings of one first name ("Aleksei", "Alexei": 0.89; "Steven", "Stephen": 0.89) against two names that share their
    // first letters ("Roger", "Robert": 0.86; "Mark", "Marco": 0.85).
    private const double FirstNameSimilarity = 0.87;

    // "Andrew Vickers" is not "Andrew Moreau": surnames this far apart are two people whatever the first names.
    private const double SurnameSimilarity = 0.85;

    // Stateless, so one instance serves every thread.
    private static readonly F23.StringSimilarity.JaroWinkler Library = new();

    /// <summary>The Jaro-Winkler similarity of two keys, from 0 (nothing alike) to 1 (equal).</summary>
    public static double Of(string a, string b) => Library.Similarity(a, b);

    /// <summary>
    /// Whether two keys are at least <paramref name="minimum"/> alike, with their similarity when they are; the letter counts are
    /// <see cref="Letters"/> of each key, worked out once per key by the caller.
    /// </summary>
    internal static bool IsAtLeast(string a, ReadOnlySpan<byte> lettersA, string b, ReadOnlySpan<byte> lettersB, double minimum, out double similarity)
    {
        similarity = 0;
        if (Bound(a, lettersA, b, lettersB) < minimum)
        {
            return false;
        }

        // The same measure worked out here without allocating rules out most of the rest; the library decides near the line.
        if (Estimate(a, b, minimum - EstimateMargin) < minimum - EstimateMargin)
        {
            return false;
        }

        similarity = Of(a, b);
        return similarity >= minimum;
    }

    /// <summary>
    /// Whether an asked name and a known one may be the same person: a one-word name may be anybody's; otherwise the surnames must
    /// be alike and the first names share their initial ("Sarah Holm" is not "Matthew Holm"): a question may misspell a first
    /// name ("dory" for "Dorie") as a text naming someone does not.
    /// </summary>
    public static bool MayBeSamePerson(string asked, string known)
    {
        var a = asked.Split(' ');
        var k = known.Split(' ');
        if (a.Length < 2 || k.Length < 2)
        {
            return true;
        }

        return Of(a[^1], k[^1]) >= SurnameSimilarity && a[0].Length > 0 && k[0].Length > 0 && a[0][0] == k[0][0];
    }

    /// <summary>
    /// Two first names agree when one is an initial of the other, one begins or ends the other ("Rob" and "Robert"), or they
    /// are spellings of one name ("Aleksei" and "Alexei"); two names that only share an initial ("Roger" and "Robert") do not.
    /// </summary>
    public static bool FirstNamesAgree(string a, string b)
    {
        a = a.TrimEnd('.');
        b = b.TrimEnd('.');
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0];
        }

        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
            || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)
            || Of(a, b) >= FirstNameSimilarity;
    }

    /// <summary>
    /// An upper bound of the Jaro-Winkler similarity of two keys. Jaro matches pair equal characters, so their number is at most
    /// the size of the keys' common character multiset (characters share buckets at worst, which only raises the bound); Jaro is
    /// then at most (m/|a| + m/|b| + 1) / 3, and the Winkler boost adds at most min(1, 0.1 × common prefix) of the rest.
    /// </summary>
    internal static double Bound(string a, ReadOnlySpan<byte> lettersA, string b, ReadOnlySpan<byte> lettersB)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        var common = Common(lettersA, lettersB);

        if (common == 0)
        {
            return 0;
        }

        var jaro = ((double)common / a.Length + (double)common / b.Length + 1) / 3;
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        // The similarity library computes in single precision; the margin keeps its rounding under the bound.
        return Math.Min(1, jaro + (Math.Min(1, 0.1 * prefix) * (1 - jaro))) + 1e-6;
    }

    /// <summary>
    /// Jaro-Winkler similarity as the string-similarity library defines it (matching window of half the longer length less
    /// one, a Winkler boost of min(0.1, 1 / longer length) per common prefix character, applied above a Jaro of 0.7), in double precision and
    /// without allocating: a prefilter, the library's value stays the one reported. It stops as soon as the similarity cannot
    /// reach <paramref name="floor"/>, returning a value below it.
    /// </summary>
    internal static double Estimate(string a, string b, double floor = 0)
    {
        if (a == b)
        {
            return 1;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        if (shorter.Length == 0 || longer.Length > 256)
        {
            return shorter.Length == 0 ? 0 : 1;
        }

        var prefix = 0;
        while (prefix < shorter.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        // The most the boost can add: the similarity grows with the Jaro, so a Jaro bound bounds it.
        var boost = Math.Min(0.1, 1.0 / longer.Length) * prefix;
        var (inverseA, inverseB) = (1.0 / a.Length, 1.0 / b.Length);
        var range = Math.Max((longer.Length / 2) - 1, 0);
        Span<bool> taken = stackalloc bool[longer.Length];
        Span<short> matchedAt = stackalloc short[shorter.Length];
        var matches = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            matchedAt[i] = -1;
            for (int j = Math.Max(i - range, 0), end = Math.Min(i + range + 1, longer.Length); j < end; j++)
            {
                if (!taken[j] && shorter[i] == longer[j])
                {
                    matchedAt[i] = (short)j;
                    taken[j] = true;
                    matches++;
                    break;
                }
            }

            // Every character left matching, with no transposition, is the best this pair can still do.
            double most = matches + shorter.Length - 1 - i;
            var jaroBound = ((most * inverseA) + (most * inverseB) + 1) / 3;
            var bound = jaroBound + (boost * (1 - jaroBound));
            if (bound < floor)
            {
                return bound;
            }
        }

        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var next = 0;
        for (var i = 0; i < shorter.Length; i++)
        {
            if (matchedAt[i] < 0)
            {
                continue;
            }

            while (!taken[next])
            {
                next++;
            }

            if (shorter[i] != longer[next])
            {
                transpositions++;
            }

            next++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2)) / m)) / 3;
        // The boost from a hair below 0.7: the library compares in single precision, and a prefilter may only err upwards.
        return jaro > 0.7 - 1e-6 ? jaro + (Math.Min(0.1, 1.0 / longer.Length) * prefix * (1 - jaro)) : jaro;
    }

    // The size of two keys' common character multiset (at least): the buckets are exactly one 256-bit vector, so the common
    // counts take one minimum and one widened sum.
    private static int Common(ReadOnlySpan<byte> lettersA, ReadOnlySpan<byte> lettersB)
    {
        var least = Vector256.Min(Vector256.Create(lettersA), Vector256.Create(lettersB));
        var (low, high) = Vector256.Widen(least);
        return Vector256.Sum(low + high);
    }

    /// <summary>A key's characters counted in <see cref="LetterBuckets"/> buckets (letters, space, the rest folded), for <see cref="Bound"/>.</summary>
    internal static byte[] Letters(string key)
    {
        var counts = new byte[LetterBuckets];
        foreach (var c in key)
        {
            var bucket = c is >= 'a' and <= 'z' ? c - 'a' : c == ' ' ? 26 : 27 + (c % 5);
            if (counts[bucket] < byte.MaxValue)
            {
                counts[bucket]++;
            }
        }

        return counts;
    }
}
