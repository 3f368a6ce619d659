namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Claimed speakers by how the extractor tied them (explicit, pronoun, nominal, continuation, context, description):
/// a regression shows which part of attribution broke.
/// </summary>
public sealed record ClaimFigures(string How, int Claimed, int Right)
{
    public int Wrong => Claimed - Right;
}
