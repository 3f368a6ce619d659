namespace BriefingBot.Core.Articles;

/// <summary>Words of a speaker found in an article (direct, partial or reported), with who said them.</summary>
public sealed class Quote
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The quote verbatim, without its quotation marks.</summary>
    public string Text { get; set; } = "";

    /// <summary>Character offset of <see cref="Text"/> in the article body (or title when <see cref="InHeadline"/>).</summary>
    public int Start { get; set; }

    public int Length { get; set; }

    public bool InHeadline { get; set; }

    public QuoteKind Kind { get; set; }

    /// <summary>The speaker in the directory, when the quote is attributed with enough confidence.</summary>
    public int? SpeakerId { get; set; }

    /// <summary>Canonical name of the speaker, or null when nobody could be named with confidence.</summary>
    public string? Speaker { get; set; }

    /// <summary>What the article calls the speaker here ("Kremlin spokesman"), for the citation.</summary>
    public string? SpeakerRole { get; set; }

    /// <summary>Whether <see cref="Speaker"/> names a person or organisation, or is only a description ("a ministry official").</summary>
    public SpeakerKind SpeakerKind { get; set; }

    public AttributionKind Attribution { get; set; }

    /// <summary>How sure the attribution is, 0..1.</summary>
    public double Confidence { get; set; }

    /// <summary>The sentence around the quote, for context in answers and for search.</summary>
    public string Context { get; set; } = "";

    /// <summary>Text that says what the quote is about (headline, lead-in paragraph): searched, never shown.</summary>
    public string Background { get; set; } = "";
}
