namespace BriefingBot.Discord.Messages;

/// <summary>A reply's reference to the message it answers; <c>fail_if_not_exists</c> off so a deleted question does not fail the answer.</summary>
public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
