namespace BriefingBot.Core.Answers;

public enum SpeakerAskKind
{
    /// <summary>A person's or organisation's name: when nobody known has it, the answer says so and never cites anybody else.</summary>
    Name,

    /// <summary>A description ("the mayor of Lake Cowichan", "Russia's communications regulator"), resolved through what the articles say.</summary>
    Role,
}
