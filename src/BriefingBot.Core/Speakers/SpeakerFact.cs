namespace BriefingBot.Core.Speakers;

/// <summary>Something an article says about a speaker ("Kremlin spokesman Dmitry Peskov"), learnt into the directory.</summary>
public sealed record SpeakerFact(
    string Name,
    SpeakerType Type = SpeakerType.Unknown,
    string? Role = null,
    string? Affiliation = null,
    Gender Gender = Gender.Unknown);
