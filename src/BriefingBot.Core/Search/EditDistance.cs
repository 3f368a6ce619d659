namespace BriefingBot.Core.Search;

/// <summary>Levenshtein distance with a bound, for matching misspelt words against an index's vocabulary.</summary>
public static class EditDistance
{
    /// <summary>The number of single-letter insertions, deletions and substitutions between a and b, or -1 when over <paramref name="max"/>.</summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return -1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return -1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= max ? previous[b.Length] : -1;
    }

    /// <summary>How many edits a misspelling of a word this long may have: none under 4 letters, 1 up to 7, then 2.</summary>
    public static int AllowedFor(int length) => length < 4 ? 0 : length < 8 ? 1 : 2;
}
