namespace BriefingBot.Core.Answers;

/// <summary>A question that cannot be answered as asked (no words, too long); the message is one line for the user.</summary>
public sealed class QuestionException(string message) : Exception(message);
