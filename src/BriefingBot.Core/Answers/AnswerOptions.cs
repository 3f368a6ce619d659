namespace BriefingBot.Core.Answers;

/// <summary>Limits and weights for answering questions (section "BriefingBot:Answers").</summary>
public sealed class AnswerOptions
{
    public const string Section = "BriefingBot:Answers";

    /// <summary>Longer questions are refused: chat input is bounded.</summary>
    public int MaxQuestionLength { get; set; } = 300;

    public int DefaultLimit { get; set; } = 5;

    public int MaxLimit { get; set; } = 25;

    /// <summary>How many article summaries a briefing shows.</summary>
    public int BriefingSummaries { get; set; } = 3;

    /// <summary>How close a misspelt name must be to a known one (Jaro-Winkler) to be taken for it.</summary>
    public double NameSimilarity { get; set; } = 0.88;
}
