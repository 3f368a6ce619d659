namespace BriefingBot.Core.Articles;

/// <summary>What a quote's speaker is: a named person or organisation, or only the article's description of someone.</summary>
public enum SpeakerKind
{
    /// <summary>No speaker, or one whose kind the text does not tell.</summary>
    Unknown,

    Person,

    Organisation,

    /// <summary>
    /// The article names nobody ("a TransLink spokesperson", "a citizen, whose name is redacted"): the speaker is that
    /// description, never a person in the directory and never the answer to a question about a name.
    /// </summary>
    Description,
}
