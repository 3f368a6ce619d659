using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Finds the known speakers that a question's speaker words stand for: a name, a fuller name, a role or an organisation.</summary>
/// <remarks>
/// A name never resolves to somebody with another first name: "Sarah Holm" is not "Matthew Holm". Roles resolve through
/// what the articles say of their speakers (their recorded roles, and the words around their names where they are quoted),
/// when a library is given.
/// </remarks>
public sealed class SpeakerResolver(SpeakerDirectory speakers, TextAnalyzer analyzer, AnswerOptions options, BriefingLibrary? library = null)
{
    private readonly RoleFinder? _roles = library is null ? null : new RoleFinder(library, analyzer);

    public SpeakerMatch Resolve(SpeakerAsk ask)
    {
        var name = NameNormalizer.Key(ask.Text.Replace("'s ", " ", StringComparison.Ordinal));
        name = string.Join(' ', name.Split(' ').SkipWhile(w => w is "the" or "a" or "an"));
        if (name.EndsWith("'s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        if (name.Length == 0)
        {
            return SpeakerMatch.None;
        }

        if (speakers.FindByName(name) is { } byName)
        {
            // "the Kremlin" is the organisation and the people who speak for it.
            var members = byName.Type == SpeakerType.Person ? [] : speakers.FindByAffiliation(name);
            return new SpeakerMatch([byName, .. members.Where(m => m != byName)], false);
        }

        var fuller = FindByFullerName(name);
        if (fuller.Count > 0)
        {
            return new SpeakerMatch(fuller, false);
        }

        // "mayor Rod Peters", "Information Minister Lai Mohammed": a title before a known name.
        var words = name.Split(' ');
        for (var start = 1; start + 2 <= words.Length; start++)
        {
            if (speakers.FindByName(string.Join(' ', words[start..])) is { Type: not SpeakerType.Organisation } titled)
            {
                return new SpeakerMatch([titled], false);
            }
        }

        // "Harbour master Reyes": a title before a known surname, when the articles describe that person so ("Sara Brask" is
        // not Jon Brask: nothing calls him Sara).
        // A first name just before the surname is no title, and reading what the articles say of someone is not cheap.
        if (words.Length >= 2 && Attribution.FirstNames.Of(words[^2]) == Gender.Unknown
            && speakers.FindByName(words[^1]) is { Type: SpeakerType.Person } bySurname
            && _roles?.DescribedBy(bySurname, string.Join(' ', words[..^1])) == true)
        {
            return new SpeakerMatch([bySurname], false);
        }

        if (ask.Kind == SpeakerAskKind.Role)
        {
            var described = _roles?.Find(ask.Text) ?? [];
            if (described.Count > 0)
            {
                return new SpeakerMatch(described, false);
            }

            var byRole = speakers.FindByRole(name);
            if (byRole.Count > 0 && !name.Contains(' '))
            {
                return new SpeakerMatch(byRole, false);
            }

            // "the Russian embassy in Washington": an organisation known by the words before the place.
            var link = Array.FindIndex(words, 1, w => w is "in" or "at" or "of" or "for");
            if (link > 0 && speakers.FindByName(string.Join(' ', words[..link])) is { Type: SpeakerType.Organisation } organisation)
            {
                return new SpeakerMatch([organisation, .. speakers.FindByAffiliation(organisation.Name).Where(m => m != organisation)], false);
            }
        }

        var byAffiliation = speakers.FindByAffiliation(name);
        if (byAffiliation.Count > 0)
        {
            return new SpeakerMatch(byAffiliation, false);
        }

        if (ask.Kind == SpeakerAskKind.Role)
        {
            var byRole = speakers.FindByRole(name);
            return byRole.Count > 0 ? new SpeakerMatch(byRole, false) : SpeakerMatch.None;
        }

        var similar = Similar(name);
        return similar.Count > 0 ? new SpeakerMatch(similar, true) : SpeakerMatch.None;
    }

    /// <summary>Speakers whose name contains the asked words in order as whole words ("Sean Fraser" in "MP Sean Fraser").</summary>
    public IReadOnlyList<Speaker> FindByFullerName(string name)
    {
        var asked = NameNormalizer.Key(name);
        if (!asked.Contains(' ', StringComparison.Ordinal))
        {
            return [];
        }

        return speakers.FindByNameContaining(asked)
            .Where(s => s.Type != SpeakerType.Organisation || NameNormalizer.Key(s.Name) == asked)
            .ToList();
    }

    // Misspelt names ("pesckov", "dory lindqvist"), best first, never one whose first name disagrees with the one asked.
    private List<Speaker> Similar(string name)
    {
        var found = speakers.FindSimilar(name, options.NameSimilarity, 3)
            .Where(x => NameSimilarity.MayBeSamePerson(name, NameNormalizer.Key(x.Speaker.Name)))
            .ToList();
        if (found.Count == 0)
        {
            return [];
        }

        // Equally close names (a surname two people share) are all shown.
        var best = found[0].Similarity;
        return found.Where(x => x.Similarity >= best - 1e-9).Select(x => x.Speaker).ToList();
    }
}
