namespace BriefingBot.Core.Speakers;

/// <summary>A person or organisation the bot has quotes from, with the names and roles it is known by.</summary>
public sealed class Speaker
{
    public int Id { get; set; }

    /// <summary>Canonical name, e.g. "Dmitry Peskov" or "Roskomnadzor".</summary>
    public string Name { get; set; } = "";

    public SpeakerType Type { get; set; }

    public Gender Gender { get; set; }

    /// <summary>Other spellings and short forms: "Peskov", "Dmitri Peskov".</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>Roles in lower case: "spokesman", "press secretary", "regulator".</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Who the speaker speaks for: "Kremlin", "Russian Foreign Ministry".</summary>
    public List<string> Affiliations { get; set; } = [];
}
