using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>The figures score.py extract prints, the misses behind them, and their breakdown per construction.</summary>
public sealed record ExtractionReport(
    int Required,
    int Found,
    int RequiredWithSpeaker,
    int FoundWithSpeaker,
    int Attributed,
    int Claimed,
    int Correct,
    int Unscored,
    IReadOnlyList<ConstructionFigures> Constructions,
    IReadOnlyList<ConfidenceBand> Calibration,
    IReadOnlyList<ExtractionProblem> Problems,
    IReadOnlyList<ClaimFigures>? Claims = null)
{
    public double Precision => Claimed == 0 ? 0 : (double)Correct / Claimed;

    public double Recall => RequiredWithSpeaker == 0 ? 0 : (double)Attributed / RequiredWithSpeaker;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double FoundShare => Required == 0 ? 0 : (double)Found / Required;

    public double SpeakerAccuracyOnFound => FoundWithSpeaker == 0 ? 0 : (double)Attributed / FoundWithSpeaker;

    /// <summary>How often a claimed speaker with confidence of at least the floor is right.</summary>
    public double AccuracyAtOrAbove(double floor)
    {
        var bands = Calibration.Where(b => b.Floor >= floor).ToList();
        var claimed = bands.Sum(b => b.Claimed);
        return claimed == 0 ? 0 : (double)bands.Sum(b => b.Right) / claimed;
    }

    /// <summary>score.py's summary line.</summary>
    public string Summary =>
        $"quotes found {Found}/{Required}; attributed right {Attributed}/{RequiredWithSpeaker}; claimed {Claimed}, right {Correct}" +
        (Unscored > 0 ? $"; {Unscored} claimed matched only gold quotes with no speaker, not scored" : "");

    /// <summary>The figures, the breakdown per construction and calibration, then (when verbose) every problem.</summary>
    public string ToText(bool verbose)
    {
        var s = new StringBuilder();
        if (verbose)
        {
            foreach (var p in Problems)
            {
                s.AppendLine(p.ToString());
            }
        }

        s.AppendLine(Summary);
        s.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"precision {Precision:F3}, recall {Recall:F3}, f1 {F1:F3}, found {FoundShare:F3}, speaker accuracy on found {SpeakerAccuracyOnFound:F3}"));
        s.AppendLine("construction          gold  w/spk  not-found  right  no-speaker  wrong");
        foreach (var c in Constructions)
        {
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{c.Construction,-20} {c.Total,5} {c.WithSpeaker,6} {c.NotFound,10} {c.Right,6} {c.NoSpeaker,11} {c.WrongSpeaker,6}"));
        }

        if (Claims is { Count: > 0 })
        {
            s.AppendLine("claimed by how tied   claimed  right  wrong");
            foreach (var c in Claims)
            {
                s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{c.How,-20} {c.Claimed,8} {c.Right,6} {c.Wrong,6}"));
            }
        }

        foreach (var b in Calibration)
        {
            s.AppendLine(string.Create(CultureInfo.InvariantCulture, $"confidence >= {b.Floor:F1}: {b.Right}/{b.Claimed} right ({b.Accuracy:F3})"));
        }

        return s.ToString();
    }

    public override string ToString() => ToText(verbose: true);
}
