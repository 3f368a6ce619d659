using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>A name, pronoun or description ("the spokesman") found in a paragraph's tokens.</summary>
/// <param name="Text">The name without titles, the pronoun in lower case, or the description's role noun.</param>
/// <param name="Role">The role the text gives ("press secretary", "spokesman"), lower case, if any.</param>
/// <param name="RoleText">The title as written before the name ("Kremlin Press Secretary"), if any.</param>
internal sealed record Mention(
    MentionKind Kind,
    int FirstToken,
    int LastToken,
    string Text,
    string? Role,
    string? RoleText,
    string? Affiliation,
    Gender Gender,
    bool Plural,
    bool Possessive)
{
    public bool IsOrganisationHint => Role is not null && NameWords.IsOrganisationRole(Role);
}
