using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Answers;

/// <summary>An article's summary (or its opening when it has none) in a briefing.</summary>
public sealed record ArticleSummary(string Text, bool IsLead, Citation Citation);
