using BriefingBot.Core.Answers;

namespace BriefingBot.Chat;

/// <summary>An article's summary (or its opening, <see cref="IsLead"/>) with its citation.</summary>
public sealed record SummaryBlock(string Text, bool IsLead, Citation Citation) : ReplyBlock;
