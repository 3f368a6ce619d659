using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>What became of a gold quote.</summary>
public enum MissKind
{
    /// <summary>Found with the right speaker.</summary>
    None,

    /// <summary>No extracted quote matches it.</summary>
    NotFound,

    /// <summary>Found, but with no speaker.</summary>
    NoSpeaker,

    /// <summary>Found, but given to someone else.</summary>
    WrongSpeaker,
}

/// <summary>A gold quote missed (MISS) or an extracted quote given to the wrong speaker (WRONG).</summary>
/// <param name="Got">For a miss, the speakers of the extracted quotes that match it (null: not found); for a wrong claim, the claimed speaker.</param>
public sealed record ExtractionProblem(string What, string Article, string Text, string? Attribution, string Want, string? Got)
{
    public override string ToString() =>
        $"{What} {Cut(Article, 3)} [{Attribution ?? "-"}] {Cut(Text, 50)} | want {(Want.Length == 0 ? "nobody" : Want)} | got {Got ?? "not found"}";

    private static string Cut(string s, int n) => s.Length > n ? s[..n] : s;
}

/// <summary>How one construction (the gold attribution type, "/partial" for optional quotes) fared.</summary>
public sealed class ConstructionFigures(string construction)
{
    public string Construction { get; } = construction;

    public int Total { get; private set; }

    /// <summary>Gold quotes of this construction whose speaker the annotation gives.</summary>
    public int WithSpeaker { get; private set; }

    public int NotFound { get; private set; }

    /// <summary>Found with the right speaker (only gold quotes with a speaker can be).</summary>
    public int Right { get; private set; }

    /// <summary>Found with no speaker, though the gold names one.</summary>
    public int NoSpeaker { get; private set; }

    /// <summary>Found with another speaker than the gold's.</summary>
    public int WrongSpeaker { get; private set; }

    internal void Add(bool hasSpeaker, MissKind outcome)
    {
        Total++;
        NotFound += outcome == MissKind.NotFound ? 1 : 0;
        if (!hasSpeaker)
        {
            return;
        }

        WithSpeaker++;
        Right += outcome == MissKind.None ? 1 : 0;
        NoSpeaker += outcome == MissKind.NoSpeaker ? 1 : 0;
        WrongSpeaker += outcome == MissKind.WrongSpeaker ? 1 : 0;
    }
}

/// <summary>
/// Claimed speakers by how the extractor tied them (explicit, pronoun, nominal, continuation, context, description):
/// a regression shows which part of attribution broke.
/// </summary>
public sealed record ClaimFigures(string How, int Claimed, int Right)
{
    public int Wrong => Claimed - Right;
}

/// <summary>Claimed speakers whose confidence lies in [Floor, next band's floor), and how many were right.</summary>
public sealed record ConfidenceBand(double Floor, int Claimed, int Right)
{
    public double Accuracy => Claimed == 0 ? 0 : (double)Right / Claimed;
}

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
