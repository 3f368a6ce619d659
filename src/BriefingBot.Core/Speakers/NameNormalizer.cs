using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Speakers;

/// <summary>Folds a person's or organisation's name to a comparable key: case, diacritics, apostrophes and honorifics.</summary>
public static class NameNormalizer
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "the",
    };

    /// <summary>"Mr. Aleksei A. Navalny" → "aleksei a navalny"; "Russia’s" → "russia's".</summary>
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’')
            {
                builder.Append('\'');
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1 && Honorifics.Contains(words[start]))
        {
            start++;
        }

        return string.Join(' ', words[start..]);
    }

    /// <summary>The last word of a name's key ("dmitry peskov" → "peskov").</summary>
    public static string Surname(string key)
    {
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key[(space + 1)..];
    }
}
