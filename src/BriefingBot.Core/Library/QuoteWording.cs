namespace BriefingBot.Core.Library;

/// <summary>
/// How a quote is worded, for telling near-identical quotes apart without comparing every pair's text: its comparison key
/// (letters and digits lower-cased, words separated by one space) and 64-bit signatures of the key's words.
/// </summary>
/// <remarks>
/// When one key holds another, every word inside the shorter one (all but its first and last, which may be cut) is a whole
/// word of the longer, so its inner signature lies within the longer's signature: a cheap test that rules most pairs out.
/// The hash is fixed (FNV-1a), so signatures saved in the index snapshot hold in every process.
/// </remarks>
public static class QuoteWording
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Measures a quote's text: its words, its key's length and the signatures of the key's words.</summary>
    public static WordingMeasures Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        var keyLength = 0;
        var keyWords = 0;
        var inKeyWord = false;
        var hash = FnvOffset;
        ulong all = 0;
        ulong inner = 0;
        ulong previous = 0;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;

            if (char.IsLetterOrDigit(c))
            {
                // One space before every key word but the first.
                keyLength += !inKeyWord && keyWords > 0 ? 2 : 1;
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
                inKeyWord = true;
            }
            else if (inKeyWord)
            {
                EndWord();
            }
        }

        if (inKeyWord)
        {
            EndWord();
        }

        return new WordingMeasures(words, keyLength, all, inner);

        void EndWord()
        {
            var bit = 1UL << (int)(hash & 63);
            // The word before this one is inner when it is not the first: a word follows it.
            if (keyWords >= 2)
            {
                inner |= previous;
            }

            all |= bit;
            previous = bit;
            keyWords++;
            hash = FnvOffset;
            inKeyWord = false;
        }
    }

    /// <summary>Whether a key of these measures may lie within a key of those (false means it certainly does not).</summary>
    public static bool MayLieWithin(WordingMeasures shorter, WordingMeasures longer) =>
        (shorter.InnerBits & ~longer.WordBits) == 0;

    /// <summary>Writes a text's key into the buffer (at least as long as the text) and returns its length.</summary>
    public static int WriteKey(string text, Span<char> buffer)
    {
        ArgumentNullException.ThrowIfNull(text);
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
}
