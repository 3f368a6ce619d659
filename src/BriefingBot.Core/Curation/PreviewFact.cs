using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Curation;

/// <summary>A <see cref="SpeakerFact"/> as a preview stores it (the store maps classes with setters, not records).</summary>
public sealed class PreviewFact
{
    public string Name { get; set; } = "";

    public SpeakerType Type { get; set; }

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    public Gender Gender { get; set; }

    public static PreviewFact From(SpeakerFact fact) =>
        new() { Name = fact.Name, Type = fact.Type, Role = fact.Role, Affiliation = fact.Affiliation, Gender = fact.Gender };

    public SpeakerFact ToFact() => new(Name, Type, Role, Affiliation, Gender);
}
