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

    /// <summary>Sets the type and gender where they are still unknown; true when either changed.</summary>
    public bool FillUnknown(SpeakerType type, Gender gender)
    {
        var changed = false;
        if (Type == SpeakerType.Unknown && type != SpeakerType.Unknown)
        {
            Type = type;
            changed = true;
        }

        if (Gender == Gender.Unknown && gender != Gender.Unknown)
        {
            Gender = gender;
            changed = true;
        }

        return changed;
    }

    /// <summary>Takes what another record of the same speaker knows and this one does not; true when this one changed.</summary>
    /// <remarks>Names are not re-indexed here: a <see cref="SpeakerDirectory"/> holding this speaker must be told (Reindex).</remarks>
    public bool Absorb(Speaker other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = FillUnknown(other.Type, other.Gender);
        foreach (var (values, additions) in new[] { (Aliases, other.Aliases), (Roles, other.Roles), (Affiliations, other.Affiliations) })
        {
            foreach (var value in additions)
            {
                changed |= AddMissing(values, value);
            }
        }

        return changed;
    }

    /// <summary>Adds a name, role or affiliation not in the list yet (compared ignoring case and surrounding spaces); true when added.</summary>
    public static bool AddMissing(List<string> values, string? value)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var trimmed = value.Trim();
        if (values.Any(v => string.Equals(v, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        values.Add(trimmed);
        return true;
    }
}
