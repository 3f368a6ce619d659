namespace BriefingBot.Core.Speakers;

/// <summary>How a typed text matches a speaker, best first: what orders name suggestions before their quote counts.</summary>
public enum SpeakerNameMatch
{
    None = 0,

    /// <summary>The name contains the text elsewhere ("skov" in "dmitry peskov").</summary>
    Contains = 1,

    /// <summary>An alias starts with the text.</summary>
    Alias = 2,

    /// <summary>The name, or one of its words, starts with the text.</summary>
    Name = 3,
}
