using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Curation;

/// <summary>A quote found in a preview: numbered within it ("7.2" is quote 2 of preview 7), with whom the text names as its speaker.</summary>
public sealed class PreviewQuote
{
    public int Number { get; set; }

    public Quote Quote { get; set; } = new();

    /// <summary>The speaker's name as extracted or set by a moderator; null when nobody could be named with confidence.</summary>
    public string? SpeakerName { get; set; }

    /// <summary>Left out when the preview is published (a moderator removed it).</summary>
    public bool Removed { get; set; }

    /// <summary>No speaker named, and not even a description of one.</summary>
    public bool IsUnsure => SpeakerName is null && Quote.Speaker is null;
}
