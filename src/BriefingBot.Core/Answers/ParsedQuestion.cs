using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>A query resolved against the library: the known speakers its speaker words stand for and its analysed topic.</summary>
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
    /// <summary>The query this was resolved from.</summary>
    public AnswerQuery? Query { get; init; }

    /// <summary>True when the speaker words describe a role or organisation rather than name someone.</summary>
    public bool SpeakerIsRole { get; init; }

    public bool AsksAboutSpeaker => SpeakerText is not null;

    public bool SpeakerUnknown => SpeakerText is not null && Speakers.Count == 0;

    public string Topic => string.Join(' ', TopicWords);
}
