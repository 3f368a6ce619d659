namespace BriefingBot.Core.Speakers;

/// <summary>What attribution may ask of the speakers already known: a name's canonical form, or who holds a role.</summary>
public interface ISpeakerLookup
{
    /// <summary>The speaker known by this full name, surname or alias, or null.</summary>
    Speaker? FindByName(string name);

    /// <summary>Speakers known to hold a role ("regulator", "spokesman"), best known first.</summary>
    IReadOnlyList<Speaker> FindByRole(string role);
}
