namespace BriefingBot.Chat;

/// <summary>How a text block reads: a heading, an ordinary paragraph, or a side note.</summary>
public enum TextRole
{
    Body,
    Heading,
    Note,
}
