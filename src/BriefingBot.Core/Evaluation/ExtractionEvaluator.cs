using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Scores extracted quotes against gold quotes with the rules of ../shared/eval/score.py: texts folded (quote marks,
/// dashes, white space, case); a gold quote is found by an extracted quote of its article that holds its opening
/// 40 characters or is a 20+ character piece of it; speakers match when equal, one inside the other, or the same last word.
/// Partial gold quotes are optional; gold quotes with no speaker count toward found only.
/// </summary>
public static partial class ExtractionEvaluator
{
    /// <summary>Folds quote marks, dashes, white space and case, and trims edge punctuation.</summary>
    public static string Normalize(string? text)
    {
        var s = (text ?? "").Normalize(NormalizationForm.FormKC);
        s = DoubleQuotes().Replace(s, "");
        s = SingleQuotes().Replace(s, "'");
        s = Dashes().Replace(s, "-");
        s = WhiteSpace().Replace(s, " ").Trim().ToLower(CultureInfo.InvariantCulture);
        return s.Trim(' ', ',', '.', ';', ':', '…');
    }

    /// <summary>True when an extracted quote matches a gold quote (its opening 40 characters, or a 20+ character piece of it).</summary>
    public static bool Matches(string gold, string extracted) => MatchesNormalized(Normalize(gold), Normalize(extracted));

    /// <summary>True when normalizedText holds the opening 40 characters of normalizedExpected.</summary>
    public static bool ContainsOpening(string normalizedExpected, string normalizedText) =>
        normalizedText.Contains(normalizedExpected.Length > 40 ? normalizedExpected[..40] : normalizedExpected, StringComparison.Ordinal);

    /// <summary>True when a claimed speaker matches the gold speaker ("A; B" are alternatives).</summary>
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

    /// <summary>Scores extracted quotes against the gold, as score.py extract does, with misses broken down per construction.</summary>
    public static ExtractionReport Score(IReadOnlyList<GoldQuote> gold, IReadOnlyList<ScoredQuote> extracted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extracted);
        var goldByArticle = gold.Select(g => (Gold: g, Text: Normalize(g.Quote))).ToLookup(g => g.Gold.Article);
        var gotByArticle = extracted.Select(q => (Quote: q, Text: Normalize(q.Text))).ToLookup(q => q.Quote.Article);

        var counts = new Counts();
        var problems = new List<ExtractionProblem>();
        var constructions = new SortedDictionary<string, ConstructionFigures>(StringComparer.Ordinal);
        foreach (var (g, text) in gold.Select(g => (g, Normalize(g.Quote))))
        {
            var hits = gotByArticle[g.Article].Where(q => MatchesNormalized(text, q.Text)).Select(q => q.Quote).ToList();
            var right = hits.Any(q => SpeakerMatches(q.Speaker, g.Speaker));
            var outcome = hits.Count == 0 ? MissKind.NotFound
                : right ? MissKind.None
                : hits.Any(q => !string.IsNullOrEmpty(q.Speaker)) ? MissKind.WrongSpeaker
                : MissKind.NoSpeaker;
            var key = g.IsPartial ? $"{g.Attribution}/partial" : g.Attribution;
            if (!constructions.TryGetValue(key, out var figures))
            {
                figures = new ConstructionFigures(key);
                constructions[key] = figures;
            }

            figures.Add(g.HasSpeaker, outcome);
            if (g.IsPartial)
            {
                continue;
            }

            counts.Required++;
            counts.Found += hits.Count > 0 ? 1 : 0;
            if (g.HasSpeaker)
            {
                counts.RequiredWithSpeaker++;
                counts.FoundWithSpeaker += hits.Count > 0 ? 1 : 0;
            }

            if (right)
            {
                counts.Attributed++;
            }
            else if (g.HasSpeaker || hits.Count == 0)
            {
                problems.Add(new ExtractionProblem("MISS", g.Article, g.Quote, g.Attribution, g.Speaker, hits.Count == 0 ? null : string.Join(" | ", hits.Select(h => h.Speaker ?? "nobody"))));
            }
        }

        var calibration = new List<(double Confidence, bool Right)>();
        var claims = new SortedDictionary<string, (int Claimed, int Right)>(StringComparer.Ordinal);
        foreach (var (q, text) in extracted.Select(q => (q, Normalize(q.Text))).Where(x => !string.IsNullOrEmpty(x.q.Speaker)))
        {
            var golds = goldByArticle[q.Article].Where(g => MatchesNormalized(g.Text, text)).Select(g => g.Gold).ToList();
            if (golds.Count > 0 && !golds.Any(g => g.HasSpeaker))
            {
                counts.Unscored++;
                continue;
            }

            counts.Claimed++;
            var right = golds.Any(g => SpeakerMatches(q.Speaker, g.Speaker));
            calibration.Add((q.Confidence, right));
            var how = q.How ?? "unknown";
            var (claimed, rightSoFar) = claims.GetValueOrDefault(how);
            claims[how] = (claimed + 1, rightSoFar + (right ? 1 : 0));
            if (right)
            {
                counts.Correct++;
            }
            else
            {
                var want = golds.Select(g => g.Speaker).FirstOrDefault(s => s.Length > 0);
                problems.Add(new ExtractionProblem("WRONG", q.Article, q.Text, golds.FirstOrDefault()?.Attribution, want ?? "not a gold quote", q.Speaker));
            }
        }

        return new ExtractionReport(counts.Required, counts.Found, counts.RequiredWithSpeaker, counts.FoundWithSpeaker, counts.Attributed,
            counts.Claimed, counts.Correct, counts.Unscored, constructions.Values.ToList(), Calibrate(calibration), problems,
            claims.Select(c => new ClaimFigures(c.Key, c.Value.Claimed, c.Value.Right)).ToList());
    }

    private static bool MatchesNormalized(string gold, string extracted) =>
        ContainsOpening(gold, extracted) || (extracted.Length >= 20 && gold.Contains(extracted, StringComparison.Ordinal));

    private static readonly double[] ConfidenceFloors = [0.9, 0.8, 0.7, 0.6, 0.5, 0.0];

    private static List<ConfidenceBand> Calibrate(List<(double Confidence, bool Right)> claims)
    {
        var bands = new List<ConfidenceBand>();
        var ceiling = double.PositiveInfinity;
        foreach (var floor in ConfidenceFloors)
        {
            var inBand = claims.Where(c => c.Confidence >= floor && c.Confidence < ceiling).ToList();
            if (inBand.Count > 0)
            {
                bands.Add(new ConfidenceBand(floor, inBand.Count, inBand.Count(c => c.Right)));
            }

            ceiling = floor;
        }

        return bands;
    }

    private sealed class Counts
    {
        public int Required;
        public int Found;
        public int RequiredWithSpeaker;
        public int FoundWithSpeaker;
        public int Attributed;
        public int Claimed;
        public int Correct;
        public int Unscored;
    }

    [GeneratedRegex("[“”„«»\"]")]
    private static partial Regex DoubleQuotes();

    [GeneratedRegex("[‘’‚`']")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[–—‑-]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
