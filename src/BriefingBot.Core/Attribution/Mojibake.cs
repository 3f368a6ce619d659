using System.Text;

namespace BriefingBot.Core.Attribution;

/// <summary>Undoes UTF-8 text read as Latin-1, once or twice over ("JosÃ©", "JosÃ\u0083Â©" → "José"), in names.</summary>
internal static class Mojibake
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The word repaired, or the word itself when it is no such leftover.</summary>
    public static string Repair(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }

        // Text may arrive decomposed ("A" and a combining tilde for "Ã"); the build runs without ICU to compose it.
        word = word.Replace("A\u0303", "Ã", StringComparison.Ordinal).Replace("A\u0302", "Â", StringComparison.Ordinal);
        for (var pass = 0; pass < 3 && (word.Contains('Ã', StringComparison.Ordinal) || word.Contains('Â', StringComparison.Ordinal)); pass++)
        {
            if (word.Any(c => c > '\u00FF'))
            {
                break;
            }

            try
            {
                word = StrictUtf8.GetString(Encoding.Latin1.GetBytes(word));
            }
            catch (DecoderFallbackException)
            {
                break;
            }
        }

        return word;
    }
}
