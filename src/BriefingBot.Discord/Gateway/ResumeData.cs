namespace BriefingBot.Discord.Gateway;

/// <summary>Resume's data: token, session id and the last sequence number received.</summary>
public sealed record ResumeData(string Token, string SessionId, int? Seq);
