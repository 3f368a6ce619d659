using System.Text.RegularExpressions;

namespace BriefingBot.Core.Extraction;

/// <summary>Splits a paragraph into words, punctuation and quoted stretches (each quote one token).</summary>
internal static partial class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "rev", "st", "jr", "sr",
        "prof", "adm", "maj", "cmdr", "pres", "vs", "no", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept",
        "sep", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "est", "del", "atty", "supt", "amb", "sec", "gens", "reps", "sens", "messrs", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    };

    public static List<Token> Tokenize(string text, int start, int end, IReadOnlyList<QuoteSpan> quotes)
    {
        var tokens = new List<Token>();
        var pos = start;
        var q = 0;
        while (pos < end)
        {
            var next = q < quotes.Count ? quotes[q].OuterStart : end;
            if (pos >= next && q < quotes.Count)
            {
                tokens.Add(new Token(TokenKind.Quote, quotes[q].OuterStart, quotes[q].OuterEnd, "", q, EndsWithFullStop(text, quotes[q])));
                pos = Math.Max(pos, quotes[q].OuterEnd);
                q++;
                continue;
            }

            for (var m = Piece().Match(text, pos, next - pos); m.Success; m = m.NextMatch())
            {
                var s = m.Index;
                var e = s + m.Length;
                if (char.IsLetterOrDigit(m.Value[0]))
                {
                    tokens.Add(new Token(TokenKind.Word, s, e, m.Value, -1, false));
                }
                else if (m.Length == 1 && char.GetUnicodeCategory(m.Value[0]) == System.Globalization.UnicodeCategory.Format)
                {
                    // A zero-width space or joiner left in a page's copy ("Lee\u200B said") is nothing a reader sees.
                    continue;
                }
                else if (m.Value is "\"" or "“" or "”" or "„" or "«" or "»")
                {
                    // A double mark that encloses no quote (a nickname's, a stray one) is no token: "Ana “Bunny” Ortiz" is one name.
                    continue;
                }
                else
                {
                    var ends = m.Value is "." or "!" or "?" or "…" && !IsAbbreviation(tokens) && !ContinuesAfter(text, e, end);
                    tokens.Add(new Token(TokenKind.Punct, s, e, m.Value is "–" or "--" or "―" or "‒" ? "—" : m.Value, -1, ends));
                }
            }

            pos = next;
        }

        return tokens;
    }

    // "Salem, Ore., who …", "the U.S. and …": a comma or a lower-case word after the mark means the sentence goes on.
    private static bool ContinuesAfter(string text, int from, int end)
    {
        var i = from;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i < end && (text[i] is ',' or ';' || char.IsLower(text[i]));
    }

    private static bool IsAbbreviation(List<Token> tokens)
    {
        if (tokens.Count == 0 || !tokens[^1].IsWord)
        {
            return false;
        }

        var w = tokens[^1].Text;
        return (w.Length == 1 && char.IsUpper(w[0])) || Abbreviations.Contains(w) || (w.Contains('.') && w.Length <= 5);
    }

    // "… 'China bad.'": a full stop inside a quote nested at the end still closes the sentence.
    private static bool EndsWithFullStop(string text, QuoteSpan quote)
    {
        var last = quote.End - 1;
        while (last > quote.Start && text[last] is '\'' or '’')
        {
            last--;
        }

        return quote.End > quote.Start && text[last] == '.';
    }

    // A word keeps its accents, inner apostrophes, hyphens and dots ("Peña", "don’t", "Putin’s", "U.S"), and the
    // leftovers of UTF-8 read as Latin-1 ("JosÃ©"); other marks stand alone. A page's copy may glue two sentences
    // ("the service.Ann Lee said"): a dot between a lower-case word and a capitalised one ends the first.
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|(?<=[ÃÂ\u0302\u0303])[\u0080-\u00BF])*(?:(?:['’\-&]|(?<!\p{Ll}\p{Ll})\.|\.(?!\p{Lu}\p{Ll}))[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|(?<=[ÃÂ\u0302\u0303])[\u0080-\u00BF])*)*|--|\S")]
    private static partial Regex Piece();
}
