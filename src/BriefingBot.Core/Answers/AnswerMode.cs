namespace BriefingBot.Core.Answers;

public enum AnswerMode
{
    Quotes,
    Briefing,
}
