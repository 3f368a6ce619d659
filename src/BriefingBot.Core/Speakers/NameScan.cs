using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace BriefingBot.Core.Speakers;

/// <summary>
/// The name keys of a moment with their speakers, character counts, lengths and first characters in flat arrays, so a fuzzy
/// search rules most keys out without reading them; the keys by each of their words; and the speakers with affiliations, with
/// their affiliations' keys. Made again after names or affiliations change.
/// </summary>
internal sealed class NameScan
{
    // Room for rounding where a bound is turned into a whole number of characters: a candidate too many costs one comparison.
    private const double Slack = 1e-9;

    private readonly byte[] _letters;
    private readonly Dictionary<string, int[]> _byWord;

    // The keys by length (ascending), with where each length starts; and the keys by first character.
    private readonly int[] _byLength;
    private readonly int[] _lengthStarts;
    private readonly Dictionary<char, int[]> _byFirst;

    public NameScan(Dictionary<string, List<Speaker>> byNameKey, IEnumerable<Speaker> speakers, Func<string, string> keyOf)
    {
        Keys = [.. byNameKey.Keys];
        Speakers = [.. byNameKey.Values.Select(v => v.ToArray())];
        Lengths = [.. Keys.Select(k => k.Length)];
        Openings = [.. Keys.Select(Opening)];
        _letters = new byte[Keys.Length * NameSimilarity.LetterBuckets];
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var k = 0; k < Keys.Length; k++)
        {
            NameSimilarity.Letters(Keys[k]).CopyTo(_letters, k * NameSimilarity.LetterBuckets);
            foreach (var word in Keys[k].Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var keys))
                {
                    byWord[word] = keys = [];
                }

                keys.Add(k);
            }
        }

        _byWord = byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byLength = [.. Enumerable.Range(0, Keys.Length).OrderBy(k => Lengths[k])];
        var longest = Keys.Length == 0 ? 0 : Lengths.Max();
        _lengthStarts = new int[longest + 2];
        for (int length = 0, at = 0; length <= longest + 1; length++)
        {
            while (at < _byLength.Length && Lengths[_byLength[at]] < length)
            {
                at++;
            }

            _lengthStarts[length] = at;
        }

        _byFirst = Enumerable.Range(0, Keys.Length).GroupBy(k => FirstOf(k)).ToDictionary(g => g.Key, g => g.ToArray());
        Affiliated = [.. speakers
            .Where(s => s.Affiliations.Count > 0)
            .Select(s => (s, s.Affiliations.Select(keyOf).ToArray()))];
    }

    public string[] Keys { get; }

    public Speaker[][] Speakers { get; }

    public int[] Lengths { get; }

    /// <summary>Each key's first four characters, packed (see <see cref="Opening"/>).</summary>
    public ulong[] Openings { get; }

    /// <summary>The speakers that speak for someone, in the directory's order, with the keys of what they speak for.</summary>
    public (Speaker Speaker, string[] Keys)[] Affiliated { get; }

    public ReadOnlySpan<byte> LettersOf(int k) => _letters.AsSpan(k * NameSimilarity.LetterBuckets, NameSimilarity.LetterBuckets);

    /// <summary>
    /// Adds to <paramref name="into"/> the keys (by index) whose similarity to <paramref name="key"/> may reach
    /// <paramref name="minimum"/>, reading only the flat arrays: keys whose first characters differ share no prefix, so no
    /// Winkler boost lifts them above the Jaro bound of their common characters (see <see cref="NameSimilarity.Bound"/>).
    /// </summary>
    public void Candidates(string key, byte[] letters, double minimum, List<int> into)
    {
        if (key.Length == 0)
        {
            return;
        }

        var query = Vector256.Create(letters);
        ref var start = ref MemoryMarshal.GetArrayDataReference(_letters);

        // Keys sharing the first character gain a Winkler boost of a tenth of the rest per common opening character (the
        // bound of NameSimilarity.Bound); those sharing all four packed characters may share more, and are candidates.
        var first = key[0];
        var opening = Opening(key);
        foreach (var k in _byFirst.GetValueOrDefault(first) ?? [])
        {
            var shared = BitOperations.TrailingZeroCount(opening ^ Openings[k]) / 16;
            if (shared >= 4)
            {
                into.Add(k);
                continue;
            }

            var common = Sum(Vector256.Min(query, Vector256.LoadUnsafe(ref start, (nuint)(k * NameSimilarity.LetterBuckets))));
            var jaro = (((double)common / key.Length) + ((double)common / Lengths[k]) + 1) / 3;
            if (Math.Min(1, jaro + (0.1 * shared * (1 - jaro))) + 1e-6 >= minimum)
            {
                into.Add(k);
            }
        }

        // The rest reach at most their Jaro bound (c/la + c/lb + 1) / 3 for c common characters (with the bound's margin).
        // Since c is at most the shorter length, only lengths within a window can reach it at all; within it, each length
        // needs a least number of common characters, worked out once.
        var needed = (3 * (minimum - 1e-6)) - 1;
        var longest = _lengthStarts.Length - 2;
        var (shortest, tallest) = needed <= 1
            ? (1, longest)
            : ((int)Math.Ceiling((key.Length * (needed - 1)) - Slack), Math.Min(longest, (int)Math.Floor((key.Length / (needed - 1)) + Slack)));
        if (shortest > tallest)
        {
            return;
        }

        for (var length = Math.Max(shortest, 1); length <= tallest; length++)
        {
            var least = (int)Math.Ceiling((needed * key.Length * length / (key.Length + length)) - Slack);
            for (var at = _lengthStarts[length]; at < _lengthStarts[length + 1]; at++)
            {
                var k = _byLength[at];
                if (FirstOf(k) == first)
                {
                    continue;
                }

                var common = Sum(Vector256.Min(query, Vector256.LoadUnsafe(ref start, (nuint)(k * NameSimilarity.LetterBuckets))));
                if (common >= least)
                {
                    into.Add(k);
                }
            }
        }
    }

    // A key's first character: the lowest of its packed opening.
    private char FirstOf(int k) => (char)(Openings[k] & 0xFFFF);

    // A key's first four characters in 16 bits each, the first lowest: two keys' common opening is where their packed
    // openings first differ (a key shorter than four pads with zeros, which no key's character is).
    private static ulong Opening(string key)
    {
        ulong packed = 0;
        for (var i = 0; i < Math.Min(4, key.Length); i++)
        {
            packed |= (ulong)key[i] << (16 * i);
        }

        return packed;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Sum(Vector256<byte> counts)
    {
        if (Avx2.IsSupported)
        {
            var sums = Avx2.SumAbsoluteDifferences(counts, Vector256<byte>.Zero).AsUInt64();
            return (int)(sums.GetElement(0) + sums.GetElement(1) + sums.GetElement(2) + sums.GetElement(3));
        }

        var (low, high) = Vector256.Widen(counts);
        return Vector256.Sum(low + high);
    }

    /// <summary>The keys (by index) that hold this word as one of theirs.</summary>
    public int[] KeysWithWord(string word) => _byWord.GetValueOrDefault(word) ?? [];
}
