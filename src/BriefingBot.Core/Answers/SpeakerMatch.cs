using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>The known speakers some speaker words stand for; <see cref="Guessed"/> when only a similar spelling matched.</summary>
public sealed record SpeakerMatch(IReadOnlyList<Speaker> Speakers, bool Guessed)
{
    public static readonly SpeakerMatch None = new([], false);
}
