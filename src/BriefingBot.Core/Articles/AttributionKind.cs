namespace BriefingBot.Core.Articles;

/// <summary>How the text ties a quote to its speaker.</summary>
public enum AttributionKind
{
    /// <summary>No speaker found.</summary>
    None,

    /// <summary>The speaker's name stands next to the quote.</summary>
    Explicit,

    /// <summary>A pronoun ("he said") resolved to an earlier name.</summary>
    Pronoun,

    /// <summary>A description ("the spokesman", "the regulator") or surname resolved to an earlier name.</summary>
    Nominal,

    /// <summary>A quote paragraph carrying on the previous speaker's quote.</summary>
    Continuation,

    /// <summary>The surrounding paragraphs are about the speaker.</summary>
    Context,

    /// <summary>A quoted headline, attributed to whom the headline names.</summary>
    Headline,
}
