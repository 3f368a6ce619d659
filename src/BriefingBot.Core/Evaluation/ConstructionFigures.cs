namespace BriefingBot.Core.Evaluation;

/// <summary>How one construction (the gold attribution type, "/partial" for optional quotes) fared.</summary>
public sealed class ConstructionFigures(string construction)
{
    public string Construction { get; } = construction;

    public int Total { get; private set; }

    /// <summary>Gold quotes of this construction whose speaker the annotation gives.</summary>
    public int WithSpeaker { get; private set; }

    public int NotFound { get; private set; }

    /// <summary>Found with the right speaker (only gold quotes with a speaker can be).</summary>
    public int Right { get; private set; }

    /// <summary>Found with no speaker, though the gold names one.</summary>
    public int NoSpeaker { get; private set; }

    /// <summary>Found with another speaker than the gold's.</summary>
    public int WrongSpeaker { get; private set; }

    internal void Add(bool hasSpeaker, MissKind outcome)
    {
        Total++;
        NotFound += outcome == MissKind.NotFound ? 1 : 0;
        if (!hasSpeaker)
        {
            return;
        }

        WithSpeaker++;
        Right += outcome == MissKind.None ? 1 : 0;
        NoSpeaker += outcome == MissKind.NoSpeaker ? 1 : 0;
        WrongSpeaker += outcome == MissKind.WrongSpeaker ? 1 : 0;
    }
}
