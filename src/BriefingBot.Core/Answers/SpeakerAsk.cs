namespace BriefingBot.Core.Answers;

/// <summary>Whom a question asks about, in the user's words.</summary>
/// <param name="Text">"Peskov", "Surrey's mayor", "the Kremlin".</param>
/// <param name="Kind">A name, or a role or organisation described ("the B.C. premier").</param>
public sealed record SpeakerAsk(string Text, SpeakerAskKind Kind);
