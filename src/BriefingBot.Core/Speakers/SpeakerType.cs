namespace BriefingBot.Core.Speakers;

/// <summary>Whether a speaker is a person or an organisation (or not yet known).</summary>
public enum SpeakerType
{
    Unknown,
    Person,
    Organisation,
}
