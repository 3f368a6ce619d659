namespace BriefingBot.Core.Curation;

/// <summary>Where a preview stands: waiting for a moderator, or decided.</summary>
public enum PreviewState
{
    Pending,
    Published,
    Discarded,
}
