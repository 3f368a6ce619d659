namespace BriefingBot.Core.Evaluation;

/// <summary>A gold quote missed (MISS) or an extracted quote given to the wrong speaker (WRONG).</summary>
/// <param name="Got">For a miss, the speakers of the extracted quotes that match it (null: not found); for a wrong claim, the claimed speaker.</param>
public sealed record ExtractionProblem(string What, string Article, string Text, string? Attribution, string Want, string? Got)
{
    public override string ToString() =>
        $"{What} {Cut(Article, 3)} [{Attribution ?? "-"}] {Cut(Text, 50)} | want {(Want.Length == 0 ? "nobody" : Want)} | got {Got ?? "not found"}";

    private static string Cut(string s, int n) => s.Length > n ? s[..n] : s;
}
