using BriefingBot.Core.Extraction;

namespace BriefingBot.Core.Attribution;

/// <summary>What may stand between a speaker and the speech verb: adverbs, auxiliaries, a bracketed party label.</summary>
internal static class SpeakerVerbGap
{
    private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "had", "have", "was", "is", "then", "later", "once", "again", "not", "only", "just", "further",
        "would", "will", "reportedly", "previously", "recently", "publicly", "repeatedly", "earlier", "simply",
        "quickly", "angrily", "flatly", "firmly", "bluntly", "never", "did", "does", "do", "been", "privately",
        "separately", "similarly", "often", "frequently", "has", "had", "once", "even", "already", "still", "quietly",
        "told", "wrote",
    };

    // Back over what may stand between a speaker and the verb: "also", "forcefully", "(D-Wis.)".
    public static int SkipBack(IReadOnlyList<Token> t, int p)
    {
        while (p >= 0)
        {
            if (t[p].IsWord && !t[p].IsCapitalized && (FillerWords.Contains(t[p].Text) || IsAdverb(t[p].Text)) && !(t[p].Is("told") || t[p].Is("wrote")))
            {
                p--;
                continue;
            }

            // "He, however, said": a sentence adverb set off by commas.
            if (t[p].Text == "," && p >= 2 && t[p - 2].Text == "," && t[p - 1].IsWord && IsSentenceAdverb(t[p - 1].Lower))
            {
                p -= 3;
                continue;
            }

            if (t[p].Text == ")")
            {
                var open = p - 1;
                while (open >= 0 && open >= p - 10 && t[open].Text != "(" && t[open].Kind != TokenKind.Quote)
                {
                    open--;
                }

                if (open >= 0 && t[open].Text == "(")
                {
                    p = open - 1;
                    continue;
                }
            }

            break;
        }

        return p;
    }

    private static bool IsSentenceAdverb(string lower) =>
        lower is "however" or "though" or "too" or "meanwhile" or "also" or "instead" or "then" or "later" or "again" or "moreover" or "nevertheless" or "however" or "separately" or "similarly" or "likewise";

    public static bool IsAdverb(string word) =>
        word.Length >= 5 && word.EndsWith("ly", StringComparison.Ordinal) &&
        word is not ("family" or "assembly" or "supply" or "rally" or "monopoly" or "bully" or "anomaly" or "italy");

    public static bool IsFiller(string word) => FillerWords.Contains(word);
}
