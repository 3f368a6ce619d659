using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Testing.Seeds;

/// <summary>The matching rules of ../shared/eval/score.py, so tests assert the same figures the scorer prints.</summary>
public static partial class GoldScorer
{
    /// <summary>Folds quote marks, dashes, white space and case, and trims trailing punctuation.</summary>
    public static string Normalize(string? text)
    {
        var s = (text ?? "").Normalize(NormalizationForm.FormKC);
        s = DoubleQuotes().Replace(s, "");
        s = SingleQuotes().Replace(s, "'");
        s = Dashes().Replace(s, "-");
        s = WhiteSpace().Replace(s, " ").Trim().ToLower(CultureInfo.InvariantCulture);
        return s.Trim(' ', ',', '.', ';', ':', '…');
    }

    /// <summary>True when an extracted quote matches a gold quote (opening 40 characters, or a 20+ character piece of it).</summary>
    public static bool Matches(string gold, string extracted)
    {
        var g = Normalize(gold);
        var x = Normalize(extracted);
        var opening = g.Length > 40 ? g[..40] : g;
        return x.Contains(opening, StringComparison.Ordinal) || (x.Length >= 20 && g.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>True when a claimed speaker matches the gold speaker (equal, one inside the other, or same last word).</summary>
    public static bool SpeakerMatches(string? got, string? want)
    {
        if (string.IsNullOrEmpty(got) || string.IsNullOrEmpty(want))
        {
            return false;
        }

        var g = Normalize(got);
        foreach (var alternative in want.Split(';'))
        {
            var w = Normalize(alternative);
            if (w.Length == 0 || g.Length == 0)
            {
                continue;
            }

            if (g == w || w.Contains(g, StringComparison.Ordinal) || g.Contains(w, StringComparison.Ordinal) ||
                g.Split(' ')[^1] == w.Split(' ')[^1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scores extracted quotes (article file name, text, speaker) against gold, as score.py extract does.</summary>
    public static ExtractionScore ScoreExtraction(IReadOnlyList<GoldQuote> gold, IReadOnlyList<ScoredQuote> extracted)
    {
        var required = 0;
        var found = 0;
        var requiredWithSpeaker = 0;
        var attributed = 0;
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var hits = extracted.Where(q => q.Article == g.Article && Matches(g.Quote, q.Text)).ToList();
            if (g.IsPartial)
            {
                continue;
            }

            required++;
            found += hits.Count > 0 ? 1 : 0;
            if (!string.IsNullOrEmpty(g.Speaker))
            {
                requiredWithSpeaker++;
            }

            if (hits.Any(q => SpeakerMatches(q.Speaker, g.Speaker)))
            {
                attributed++;
            }
            else
            {
                misses.Add($"MISS {g.Article[..3]} \"{Cut(g.Quote)}\" want {g.Speaker}, got {(hits.Count == 0 ? "not found" : string.Join("|", hits.Select(h => h.Speaker ?? "nobody")))}");
            }
        }

        var claimed = 0;
        var correct = 0;
        foreach (var q in extracted.Where(q => !string.IsNullOrEmpty(q.Speaker)))
        {
            var golds = gold.Where(g => g.Article == q.Article && Matches(g.Quote, q.Text)).ToList();
            if (golds.Count > 0 && golds.All(g => string.IsNullOrEmpty(g.Speaker)))
            {
                continue;
            }

            claimed++;
            if (golds.Any(g => SpeakerMatches(q.Speaker, g.Speaker)))
            {
                correct++;
            }
            else
            {
                misses.Add($"WRONG {q.Article[..3]} \"{Cut(q.Text)}\" claimed {q.Speaker}, gold {golds.Select(g => g.Speaker).FirstOrDefault() ?? "not a gold quote"}");
            }
        }

        return new ExtractionScore(
            Precision: claimed == 0 ? 0 : (double)correct / claimed,
            Recall: requiredWithSpeaker == 0 ? 0 : (double)attributed / requiredWithSpeaker,
            Found: required == 0 ? 0 : (double)found / required,
            Problems: misses);
    }

    /// <summary>Scores answers to the gold questions, as score.py ask does (hit@k, MRR, empty when absent).</summary>
    public static AskScore ScoreAnswers(IReadOnlyList<GoldQuestion> questions, Func<string, IReadOnlyList<string>> answer, int k = 3)
    {
        var answered = 0;
        var hits = 0;
        var reciprocalRanks = 0.0;
        var absent = 0;
        var emptyWhenAbsent = 0;
        var problems = new List<string>();
        foreach (var question in questions)
        {
            var texts = answer(question.Q);
            if (question.Expected.Count == 0)
            {
                absent++;
                emptyWhenAbsent += texts.Count == 0 ? 1 : 0;
                if (texts.Count > 0)
                {
                    problems.Add($"SHOULD BE EMPTY '{question.Q}': {string.Join(" | ", texts.Take(3).Select(Cut))}");
                }

                continue;
            }

            answered++;
            var top = texts.Take(k).Select(Normalize).ToList();
            var rank = top.FindIndex(t => question.Expected.Any(e => StartsIn(e, t) || (t.Length >= 20 && Normalize(e).Contains(t, StringComparison.Ordinal))));
            if (rank >= 0)
            {
                hits++;
                reciprocalRanks += 1.0 / (rank + 1);
            }

            if (rank != 0)
            {
                var verdict = rank < 0 ? "MISS" : $"RANK {rank + 1}";
                problems.Add($"{verdict} '{question.Q}': {string.Join(" | ", texts.Take(3).Select(Cut))}");
            }
        }

        return new AskScore(
            HitAtK: answered == 0 ? 0 : (double)hits / answered,
            Mrr: answered == 0 ? 0 : reciprocalRanks / answered,
            EmptyWhenAbsent: absent == 0 ? 1 : (double)emptyWhenAbsent / absent,
            Problems: problems);
    }

    private static bool StartsIn(string expected, string normalizedAnswer)
    {
        var e = Normalize(expected);
        return normalizedAnswer.Contains(e.Length > 40 ? e[..40] : e, StringComparison.Ordinal);
    }

    private static string Cut(string s) => s.Length > 50 ? s[..50] : s;

    [GeneratedRegex("[“”„«»\"]")]
    private static partial Regex DoubleQuotes();

    [GeneratedRegex("[‘’‚`']")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[–—‑-]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

/// <summary>The figures score.py ask prints, and the questions behind any shortfall.</summary>
public sealed record AskScore(double HitAtK, double Mrr, double EmptyWhenAbsent, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"hit@k {HitAtK:F3}, MRR {Mrr:F3}, empty when absent {EmptyWhenAbsent:F3}" + Environment.NewLine + string.Join(Environment.NewLine, Problems);
}

/// <summary>An extracted quote as the scorer sees it.</summary>
public sealed record ScoredQuote(string Article, string Text, string? Speaker);

/// <summary>The figures score.py extract prints, and the misses behind them.</summary>
public sealed record ExtractionScore(double Precision, double Recall, double Found, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"precision {Precision:F3}, recall {Recall:F3}, found {Found:F3}" + Environment.NewLine + string.Join(Environment.NewLine, Problems);
}
