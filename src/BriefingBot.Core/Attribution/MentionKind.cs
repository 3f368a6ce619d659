namespace BriefingBot.Core.Attribution;

/// <summary>How a mention names its referent.</summary>
internal enum MentionKind
{
    Name,
    Pronoun,
    Description,
}
