using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>A chat question taken apart: whom it asks about and on what topic.</summary>
/// <param name="SpeakerText">The words that name the speaker ("Peskov", "the Kremlin"), also when nobody known matches them.</param>
/// <param name="Speakers">Known speakers those words stand for; empty when none matches.</param>
/// <param name="SpeakerGuessed">True when the speaker was matched by spelling similarity ("pesckov").</param>
/// <param name="TopicWords">The topic as the user wrote it, without question words.</param>
/// <param name="TopicTerms">The topic's analysed (stemmed) terms.</param>
public sealed record ParsedQuestion(
    string Text,
    string? SpeakerText,
    IReadOnlyList<Speaker> Speakers,
    bool SpeakerGuessed,
    IReadOnlyList<string> TopicWords,
    IReadOnlyList<string> TopicTerms,
    bool IsBriefing)
{
    public bool AsksAboutSpeaker => SpeakerText is not null;

    public bool SpeakerUnknown => SpeakerText is not null && Speakers.Count == 0;

    public string Topic => string.Join(' ', TopicWords);
}
