namespace BriefingBot.Core.Extraction;

/// <summary>The text quote extraction reads: a headline and a cleaned body of blank-line-separated paragraphs.</summary>
public sealed record ArticleText(string Title, string Body);
