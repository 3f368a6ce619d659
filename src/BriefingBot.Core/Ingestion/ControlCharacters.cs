using System.Buffers;
using System.Text;

namespace BriefingBot.Core.Ingestion;

/// <summary>
/// Removes what a terminal would act on instead of print: C0 and C1 control characters other than tab and line breaks, DEL,
/// the bidirectional embedding, override and isolate characters that reorder a line, and whole ANSI escape sequences
/// (colours, cursor moves, OSC 8 links) so that nothing of them is left as visible debris.
/// </summary>
public static class ControlCharacters
{
    private const char Escape = '\u001B';
    private const char Bell = '\u0007';

    // An OSC sequence ends at BEL or ESC \; one that does not end this soon is not treated as a sequence.
    private const int MaxSequenceLength = 512;

    private static readonly SearchValues<char> UnsafeSet = SearchValues.Create(
        Enumerable.Range(0, 0x2070).Select(i => (char)i).Where(IsUnsafe).ToArray());

    /// <summary>True for a character that is never kept.</summary>
    public static bool IsUnsafe(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r')
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text without unsafe characters and escape sequences; the same instance when there is nothing to remove.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(UnsafeSet))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Escape)
            {
                i = SequenceEnd(text, i);
                continue;
            }

            if (!IsUnsafe(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    // The index of the last character of the escape sequence starting at `start` (at least the ESC itself).
    private static int SequenceEnd(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }

        var limit = Math.Min(text.Length, start + MaxSequenceLength);
        switch (text[start + 1])
        {
            case '[':
                // CSI: parameters, then one final character from @ to ~.
                for (var i = start + 2; i < limit; i++)
                {
                    if (text[i] is >= '@' and <= '~')
                    {
                        return i;
                    }
                }

                return start;
            case ']':
                // OSC (window titles, hyperlinks): up to BEL or ESC \.
                for (var i = start + 2; i < limit; i++)
                {
                    if (text[i] == Bell)
                    {
                        return i;
                    }

                    if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
                    {
                        return i + 1;
                    }
                }

                return start;
            default:
                // Only the ESC goes: what follows may be text.
                return start;
        }
    }
}
