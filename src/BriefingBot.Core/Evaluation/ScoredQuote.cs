namespace BriefingBot.Core.Evaluation;

/// <summary>An extracted quote as the evaluator sees it: the article's file name, its text, speaker and confidence.</summary>
/// <param name="How">How the extractor tied the speaker ("explicit", "pronoun", "continuation", "description" …), for the breakdown of claims.</param>
public sealed record ScoredQuote(string Article, string Text, string? Speaker, double Confidence = 0, string? How = null);
