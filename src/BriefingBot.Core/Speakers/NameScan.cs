namespace BriefingBot.Core.Speakers;

/// <summary>
/// The name keys of a moment with their speakers and character counts in flat arrays, so a fuzzy search rules keys out before
/// the costly comparison without a lookup per key; made again after names change.
/// </summary>
internal sealed class NameScan
{
    private readonly byte[] _letters;

    public NameScan(Dictionary<string, List<Speaker>> byNameKey)
    {
        Keys = [.. byNameKey.Keys];
        Speakers = [.. byNameKey.Values.Select(v => v.ToArray())];
        _letters = new byte[Keys.Length * NameSimilarity.LetterBuckets];
        for (var k = 0; k < Keys.Length; k++)
        {
            NameSimilarity.Letters(Keys[k]).CopyTo(_letters, k * NameSimilarity.LetterBuckets);
        }
    }

    public string[] Keys { get; }

    public Speaker[][] Speakers { get; }

    public ReadOnlySpan<byte> LettersOf(int k) => _letters.AsSpan(k * NameSimilarity.LetterBuckets, NameSimilarity.LetterBuckets);
}
