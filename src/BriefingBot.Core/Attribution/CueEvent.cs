using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Attribution;

/// <summary>A speech verb with its speaker: "Peskov said", "said the spokesman", "according to Roskomnadzor".</summary>
/// <param name="First">First token of the speaker-and-verb stretch.</param>
/// <param name="Last">Last token of that stretch.</param>
internal sealed record CueEvent(int Cue, int First, int Last, Entity? Speaker, string? RoleText, AttributionKind Kind, double Confidence);
