namespace BriefingBot.Discord.Rest;

/// <summary>How many sessions the bot may still start, when that count resets, and how many may identify per 5 seconds.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
