using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>Someone an article mentions: the fullest name it gives and what it says about them.</summary>
internal sealed class Entity(string name)
{
    private string name = name;

    public string Name
    {
        get => name;
        set
        {
            name = value;
            LastWord = LastOf(value);
            FirstWord = FirstOf(value);
        }
    }

    public SpeakerType Type { get; set; }

    public Gender Gender { get; set; }

    public string? Role { get; set; }

    public string? RoleText { get; set; }

    public string? Affiliation { get; set; }

    public bool Spoke { get; set; }

    /// <summary>The article already called this person by surname alone: of a family, the one the bare surname means.</summary>
    public bool CalledBySurname { get; set; }

    /// <summary>Nobody named: the article's own description of the speaker ("a TransLink spokesperson") stands as the name.</summary>
    public bool IsDescription { get; init; }

    /// <summary>A reporter, or a writer whose piece the article quotes ("Lane reports:"): seldom the "she" of a later "she said".</summary>
    public bool Writes { get; set; }

    /// <summary>Two people who speak together ("Ana Lind and Tom Reyes said"): "they", never "he" or "she", nor either alone.</summary>
    public bool IsPair { get; init; }

    public string LastWord { get; private set; } = LastOf(name);

    public string FirstWord { get; private set; } = FirstOf(name);

    private static string LastOf(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static string FirstOf(string name) => name.Contains(' ', StringComparison.Ordinal) ? name[..name.IndexOf(' ')] : name;

    public bool IsPersonLike => Type == SpeakerType.Person || (Type == SpeakerType.Unknown && Name.Contains(' ', StringComparison.Ordinal));
}

