namespace BriefingBot.Core.Evaluation;

/// <summary>Claimed speakers whose confidence lies in [Floor, next band's floor), and how many were right.</summary>
public sealed record ConfidenceBand(double Floor, int Claimed, int Right)
{
    public double Accuracy => Claimed == 0 ? 0 : (double)Right / Claimed;
}
