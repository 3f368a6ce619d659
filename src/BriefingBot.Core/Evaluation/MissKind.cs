namespace BriefingBot.Core.Evaluation;

/// <summary>What became of a gold quote.</summary>
public enum MissKind
{
    /// <summary>Found with the right speaker.</summary>
    None,

    /// <summary>No extracted quote matches it.</summary>
    NotFound,

    /// <summary>Found, but with no speaker.</summary>
    NoSpeaker,

    /// <summary>Found, but given to someone else.</summary>
    WrongSpeaker,
}
