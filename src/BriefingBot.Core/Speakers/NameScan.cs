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
    private readonly byte[] _letters;
    private readonly Dictionary<string, int[]> _byWord;

    public NameScan(Dictionary<string, List<Speaker>> byNameKey, IEnumerable<Speaker> speakers, Func<string, string> keyOf)
    {
        Keys = [.. byNameKey.Keys];
        Speakers = [.. byNameKey.Values.Select(v => v.ToArray())];
        Lengths = [.. Keys.Select(k => k.Length)];
        Firsts = [.. Keys.Select(k => k.Length > 0 ? k[0] : '\0')];
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
        Affiliated = [.. speakers
            .Where(s => s.Affiliations.Count > 0)
            .Select(s => (s, s.Affiliations.Select(keyOf).ToArray()))];
    }

    public string[] Keys { get; }

    public Speaker[][] Speakers { get; }

    public int[] Lengths { get; }

    public char[] Firsts { get; }

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

        // Jaro at most (c/la + c/lb + 1) / 3 for c common characters: compared without dividing, with the bound's margin.
        var needed = (3 * (minimum - 1e-6)) - 1;
        var query = Vector256.Create(letters);
        ref var start = ref MemoryMarshal.GetArrayDataReference(_letters);
        for (var k = 0; k < Lengths.Length; k++)
        {
            var length = Lengths[k];
            if (length == 0 || Firsts[k] == key[0])
            {
                into.Add(k);
                continue;
            }

            var least = Vector256.Min(query, Vector256.LoadUnsafe(ref start, (nuint)(k * NameSimilarity.LetterBuckets)));
            var common = Sum(least);
            if ((double)common * (key.Length + length) >= needed * key.Length * length)
            {
                into.Add(k);
            }
        }
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
