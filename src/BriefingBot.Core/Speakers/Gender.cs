namespace BriefingBot.Core.Speakers;

/// <summary>Grammatical gender learnt from the text ("Ms.", "she said"), used to resolve pronouns.</summary>
public enum Gender
{
    Unknown,
    Male,
    Female,
}
