namespace BriefingBot.Core.Speakers;

/// <summary>
/// The speakers' name keys as sorted suffixes and their alias keys sorted, built once per change of the speaker set: a typed
/// text finds the speakers it matches by binary search (every suffix that starts with it is a name containing it) instead
/// of normalising and comparing every name on each keystroke.
/// </summary>
public sealed class SpeakerNameIndex
{
    private readonly Speaker[] _speakers;
    private readonly string[] _names;
    private readonly (int Slot, int Offset)[] _suffixes;
    private readonly (string Key, int Slot)[] _aliases;

    private SpeakerNameIndex(Speaker[] speakers, string[] names, (int Slot, int Offset)[] suffixes, (string Key, int Slot)[] aliases)
    {
        _speakers = speakers;
        _names = names;
        _suffixes = suffixes;
        _aliases = aliases;
    }

    /// <summary>Every speaker indexed.</summary>
    public IReadOnlyList<Speaker> Speakers => _speakers;

    public static SpeakerNameIndex Build(IReadOnlyList<Speaker> speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        var all = speakers.ToArray();
        var names = all.Select(s => NameNormalizer.Key(s.Name)).ToArray();
        var suffixes = new List<(int Slot, int Offset)>();
        var aliases = new List<(string Key, int Slot)>();
        for (var slot = 0; slot < all.Length; slot++)
        {
            for (var offset = 0; offset < names[slot].Length; offset++)
            {
                suffixes.Add((slot, offset));
            }

            aliases.AddRange(all[slot].Aliases.Select(a => (NameNormalizer.Key(a), slot)).Where(a => a.Item1.Length > 0));
        }

        var sortedSuffixes = suffixes.ToArray();
        Array.Sort(sortedSuffixes, (a, b) => names[a.Slot].AsSpan(a.Offset).SequenceCompareTo(names[b.Slot].AsSpan(b.Offset)));
        var sortedAliases = aliases.ToArray();
        Array.Sort(sortedAliases, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new SpeakerNameIndex(all, names, sortedSuffixes, sortedAliases);
    }

    /// <summary>The speakers a name key (see <see cref="NameNormalizer.Key"/>) matches, each with its best match; none for an empty key.</summary>
    public IReadOnlyList<(Speaker Speaker, SpeakerNameMatch Match)> Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var best = new Dictionary<int, SpeakerNameMatch>();
        if (key.Length == 0)
        {
            return [];
        }

        for (var i = LowerBound(_suffixes.Length, at => Suffix(at).SequenceCompareTo(key)); i < _suffixes.Length && Suffix(i).StartsWith(key, StringComparison.Ordinal); i++)
        {
            var (slot, offset) = _suffixes[i];

            // A word start counts as the name starting with the text only for one word: "dmitry pes" starts no single word.
            var match = offset == 0 || (_names[slot][offset - 1] == ' ' && !key.Contains(' ', StringComparison.Ordinal))
                ? SpeakerNameMatch.Name
                : SpeakerNameMatch.Contains;
            Keep(best, slot, match);
        }

        for (var i = LowerBound(_aliases.Length, at => string.CompareOrdinal(_aliases[at].Key, key)); i < _aliases.Length && _aliases[i].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            Keep(best, _aliases[i].Slot, SpeakerNameMatch.Alias);
        }

        return best.Select(b => (_speakers[b.Key], b.Value)).ToList();
    }

    private ReadOnlySpan<char> Suffix(int i) => _names[_suffixes[i].Slot].AsSpan(_suffixes[i].Offset);

    private static void Keep(Dictionary<int, SpeakerNameMatch> best, int slot, SpeakerNameMatch match)
    {
        if (!best.TryGetValue(slot, out var known) || known < match)
        {
            best[slot] = match;
        }
    }

    // The first position whose entry is not below the key (compare: entry against key), in an array sorted ordinally.
    private static int LowerBound(int count, Func<int, int> compare)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (compare(middle) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
