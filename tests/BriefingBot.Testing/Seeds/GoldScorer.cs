using BriefingBot.Core.Evaluation;

namespace BriefingBot.Testing.Seeds;

/// <summary>score.py's figures for tests: extraction through the Core evaluator, answers with its matching rules.</summary>
public static class GoldScorer
{
    /// <summary>Scores extracted quotes against gold, as score.py extract does (the rules live in the Core evaluator).</summary>
    public static ExtractionReport ScoreExtraction(IReadOnlyList<GoldQuote> gold, IReadOnlyList<ScoredQuote> extracted) =>
        ExtractionEvaluator.Score(gold, extracted);

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
            var top = texts.Take(k).Select(ExtractionEvaluator.Normalize).ToList();
            var rank = top.FindIndex(t => question.Expected.Any(e => ExtractionEvaluator.Matches(e, t)));
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

    private static string Cut(string s) => s.Length > 50 ? s[..50] : s;
}

/// <summary>The figures score.py ask prints, and the questions behind any shortfall.</summary>
public sealed record AskScore(double HitAtK, double Mrr, double EmptyWhenAbsent, IReadOnlyList<string> Problems)
{
    public override string ToString() =>
        $"hit@k {HitAtK:F3}, MRR {Mrr:F3}, empty when absent {EmptyWhenAbsent:F3}" + Environment.NewLine + string.Join(Environment.NewLine, Problems);
}
