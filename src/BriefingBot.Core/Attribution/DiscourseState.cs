using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>What attribution knows at a point of the article: who was named, who holds which role, who spoke last.</summary>
internal sealed class DiscourseState(ISpeakerLookup? lookup)
{
    private readonly List<Entity> entities = [];
    private readonly Dictionary<string, Speaker?> knownByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Speaker>> knownByRole = new(StringComparer.Ordinal);
    private readonly List<(string Key, Entity Entity, int Position)> roles = [];
    private readonly List<(Entity Entity, int Paragraph, int Position, bool Subject)> recent = [];

    public Entity? LastSpeaker { get; private set; }

    public int LastSpeakerParagraph { get; private set; } = -10;

    public IReadOnlyList<Entity> Entities => entities;

    /// <summary>Finds or adds the entity a name mention stands for, learning its role, affiliation and gender.</summary>
    public Entity Learn(Mention m, int position)
    {
        var e = Find(m.Text, m.Gender);
        if (e is null)
        {
            var canonical = KnownByName(m.Text);
            if (canonical is not null && m.Gender != Gender.Unknown && canonical.Gender != Gender.Unknown && canonical.Gender != m.Gender)
            {
                canonical = null;
            }

            e = canonical is not null ? Find(canonical.Name) : null;
            if (e is null)
            {
                e = new Entity(canonical?.Name ?? m.Text);
                if (canonical is not null)
                {
                    e.Type = canonical.Type;
                    e.Gender = canonical.Gender;
                }
                else if (!m.Text.Contains(' ', StringComparison.Ordinal))
                {
                    // Someone the article calls by first name only ("Rosa said"): the name tells the gender.
                    e.Gender = FirstNames.OfLoneName(m.Text);
                }

                entities.Add(e);
            }
        }
        else if (m.Text.Length > e.Name.Length && m.Text.EndsWith(e.LastWord, StringComparison.OrdinalIgnoreCase))
        {
            e.Name = m.Text; // keep the fullest name: "Vladimir V. Putin" over "Putin"
        }
        else if (!m.Text.Contains(' ', StringComparison.Ordinal) && e.Name.Contains(' ', StringComparison.Ordinal) && e.LastWord.Equals(m.Text, StringComparison.OrdinalIgnoreCase))
        {
            e.CalledBySurname = true;
        }

        if (m.Gender != Gender.Unknown && e.Gender == Gender.Unknown)
        {
            e.Gender = m.Gender;
        }

        if (m.Role is not null)
        {
            AssignRole(e, m.Role, m.RoleText, position);
        }

        e.Affiliation ??= m.Affiliation;
        if (e.Type == SpeakerType.Unknown)
        {
            var words = e.Name.Split(' ');
            if (NameWords.HasOrganisationWord(words) || m.IsOrganisationHint)
            {
                e.Type = SpeakerType.Organisation;
            }
            else if (e.Gender != Gender.Unknown || m.Role is not null || (words.Length > 1 && NameWords.GenderOfFirstName(words[0]) != Gender.Unknown))
            {
                e.Type = SpeakerType.Person;
            }
        }

        return e;
    }

    public void AssignRole(Entity e, string role, string? roleText, int position)
    {
        e.Role ??= role;
        e.RoleText ??= roleText ?? role;
        if (NameWords.IsOrganisationRole(role) && e.Type == SpeakerType.Unknown)
        {
            e.Type = SpeakerType.Organisation;
        }

        var g = NameWords.GenderOfWord(role);
        if (g != Gender.Unknown && e.Gender == Gender.Unknown)
        {
            e.Gender = g;
        }

        e.Writes |= NameWords.IsJournalistRole(role);

        roles.Add((NameWords.RoleKey(role), e, position));
    }

    /// <summary>
    /// A speaker the article describes without a name ("a TransLink spokesperson", "officials"): a new entity named by
    /// the description, which a later "the spokesperson" refers back to.
    /// </summary>
    public Entity Describe(string description, Mention m, int position)
    {
        var e = new Entity(description) { IsDescription = true, Gender = m.Gender, Affiliation = m.Affiliation };
        e.Type = NameWords.IsOrganisationRole(m.Role ?? m.Text) ? SpeakerType.Organisation : m.Plural ? SpeakerType.Unknown : SpeakerType.Person;
        entities.Add(e);
        roles.Add((NameWords.RoleKey(m.Role ?? m.Text), e, position));
        e.Role = m.Role;
        e.RoleText = m.RoleText;
        return e;
    }

    /// <summary>The two people speaking together, as one speaker named "A and B".</summary>
    public Entity Pair(Entity a, Entity b)
    {
        var name = a.Name + " and " + b.Name;
        var e = entities.FirstOrDefault(x => x.IsPair && x.Name == name);
        if (e is null)
        {
            e = new Entity(name) { IsPair = true };
            entities.Add(e);
        }

        return e;
    }

    /// <summary>
    /// The entity a name (full, surname or first name) refers to, or null when none was named; a gender the mention
    /// gives ("Mr. Reyes") passes over entities known to be of the other.
    /// </summary>
    public Entity? Find(string name, Gender gender = Gender.Unknown)
    {
        Entity? best = null, byFirst = null;
        var words = name.Split(' ');
        var last = words[^1];
        foreach (var e in entities)
        {
            if (e.IsDescription || e.IsPair)
            {
                continue;
            }

            if (e.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return e;
            }

            if (gender != Gender.Unknown && e.Gender != Gender.Unknown && e.Gender != gender)
            {
                continue;
            }

            // "Al Masri" is Lina Al Masri's surname with its article, not a first name.
            var sameLast = e.LastWord.Equals(last, StringComparison.OrdinalIgnoreCase) &&
                (words.Length == 1 || e.FirstWord.Equals(words[0], StringComparison.OrdinalIgnoreCase) || !e.Name.Contains(' ', StringComparison.Ordinal) ||
                 (words.Length == 2 && NameWords.IsNameConnector(words[0].ToLowerInvariant()) && e.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)));
            var sameFirst = words.Length == 1 && e.IsPersonLike && e.FirstWord.Equals(name, StringComparison.OrdinalIgnoreCase);
            if (sameLast)
            {
                // Of a family, the surname alone is the one the article quotes ("Lind said" after "his wife, Ana Lind").
                // A family member quoted once under a full name ("her husband, Tom Lind") leaves "Lind" to the one the
                // article already called so.
                best = best is null || (e.CalledBySurname, e.Spoke, LastMention(e)).CompareTo((best.CalledBySurname, best.Spoke, LastMention(best))) > 0 ? e : best;
            }
            else if (sameFirst)
            {
                byFirst = byFirst is null || LastMention(e) > LastMention(byFirst) ? e : byFirst;
            }
        }

        // A surname outranks a first name: "Obama" is Barack Obama before it is anyone called Obama Smith.
        return best ?? byFirst;
    }

    /// <summary>Records that the text mentioned this entity at a position (for pronouns); subject when it opens its sentence or speaks.</summary>
    public void Note(Entity e, int paragraph, int position, bool subject) => AddMention((e, paragraph, position, subject));

    public void NoteSpeaker(Entity e, int paragraph, int position)
    {
        e.Spoke = true;
        LastSpeaker = e;
        LastSpeakerParagraph = paragraph;
        // A writer's quoted piece does not make them what the next paragraph is about.
        AddMention((e, paragraph, position, !e.Writes));
    }

    // Mentions are kept in text order: a paragraph's quotes are attributed after its names are read, and the speaker of
    // an early quote is not the latest one mentioned when a name stands after it.
    private void AddMention((Entity Entity, int Paragraph, int Position, bool Subject) m)
    {
        var i = recent.Count;
        while (i > 0 && recent[i - 1].Paragraph == m.Paragraph && recent[i - 1].Position > m.Position && m.Position >= 0)
        {
            i--;
        }

        recent.Insert(i, m);
    }

    /// <summary>
    /// The organisation whose own name ends in the noun ("the commission" for the European Commission, "the ministry"
    /// for the Ministry of Health as "Ministry … "), the one mentioned last when several are.
    /// </summary>
    public Entity? FindByHeadWord(string noun)
    {
        Entity? best = null;
        foreach (var e in entities)
        {
            if (e.IsDescription || e.IsPersonLike && e.Type != SpeakerType.Organisation || !e.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var words = e.Name.Split(' ');
            if (words[^1].Equals(noun, StringComparison.OrdinalIgnoreCase) || (words[0].Equals(noun, StringComparison.OrdinalIgnoreCase) && words.Length > 2 && words[1] is "of" or "for"))
            {
                best = best is null || LastMention(e) > LastMention(best) ? e : best;
            }
        }

        return best;
    }

    /// <summary>The paragraph where the text last mentioned the entity, or -1 when it never did.</summary>
    public int LastParagraphOf(Entity e)
    {
        var i = LastMention(e);
        return i < 0 ? -1 : recent[i].Paragraph;
    }

    private int LastMention(Entity e)
    {
        for (var i = recent.Count - 1; i >= 0; i--)
        {
            if (recent[i].Entity == e)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The entity a description's role ("the spokesman") was given: latest before position, else first after, else the
    /// directory's; a party or nation the description names ("the Republican nominee") rules out holders of another.
    /// </summary>
    public Entity? ResolveRole(string role, string? qualifier, int position, out bool fromDirectory)
    {
        fromDirectory = false;
        var key = NameWords.RoleKey(role);
        (string Key, Entity Entity, int Position)? before = null, after = null;
        foreach (var r in roles)
        {
            if ((r.Key != key && !(key == "leader" && NameWords.IsLeaderRole(r.Key))) || NameWords.QualifiersConflict(qualifier, [r.Entity.Affiliation, r.Entity.RoleText]))
            {
                continue;
            }

            if (r.Position <= position && (before is null || r.Position >= before.Value.Position))
            {
                before = r;
            }
            else if (r.Position > position && (after is null || r.Position < after.Value.Position))
            {
                after = r;
            }
        }

        var found = before?.Entity ?? after?.Entity;
        if (found is not null || lookup is null)
        {
            return found;
        }

        if (!knownByRole.TryGetValue(role, out var known))
        {
            known = lookup.FindByRole(role);
            knownByRole[role] = known;
        }

        // The directory tells who holds a role only among people this article names: a spokesperson of another story is
        // a stranger here.
        foreach (var holder in known)
        {
            if (!NameWords.QualifiersConflict(qualifier, holder.Affiliations) && Find(holder.Name, holder.Gender) is { } named)
            {
                fromDirectory = true;
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves he/she/it/they at a position: the latest compatible subject of the last two paragraphs (who the text is
    /// about), else the last compatible speaker, else the latest compatible mention; confidence reflects how sure.
    /// </summary>
    public Entity? ResolvePronoun(string pronoun, int paragraph, int position, out double confidence)
    {
        Func<Entity, bool> fits = pronoun switch
        {
            "it" => FitsOrganisation,
            "they" => e => e.Type == SpeakerType.Organisation || e.IsPair,
            _ => e => FitsPerson(e, NameWords.GenderOfWord(pronoun)),
        };
        return ResolveReference(fits, pronoun is "they", paragraph, position, out confidence, out _);
    }

    /// <summary>
    /// "the company", "the self-taught resident" with no holder of that role named before: the organisation or person
    /// the text is about at that point, as a pronoun would be resolved.
    /// </summary>
    public Entity? ResolveDefinite(string role, bool organisation, Gender gender, int paragraph, int position, out double confidence)
    {
        var business = NameWords.IsBusinessRole(role);
        // Someone known by a role ("Former President Reyes", "the regulator") is not who "the president" or "the company"
        // means: a holder of that very role would have been found by it.
        Func<Entity, bool> fits = e => !e.IsDescription && e.Role is null &&
            (organisation ? FitsOrganisation(e) && !(business && NameWords.IsPublicBodyName(e.Name)) : gender == Gender.Unknown ? FitsPerson(e, Gender.Male) || FitsPerson(e, Gender.Female) : FitsPerson(e, gender));
        var found = ResolveReference(fits, false, paragraph, position, out confidence, out var unique);
        // The only organisation named in this paragraph and the one before is whom "the company" means; a person needs to
        // be what the text is about.
        confidence = unique && organisation ? Math.Max(confidence, 0.8) : confidence;
        return found;
    }

    // "it" is an organisation, or a name that is no person's ("BC Hydro said …, it said").
    private static bool FitsOrganisation(Entity e) =>
        e.Type == SpeakerType.Organisation || (e.Type == SpeakerType.Unknown && !e.IsDescription && !e.IsPair && e.Gender == Gender.Unknown && NameWords.GenderOfFirstName(e.FirstWord) == Gender.Unknown && e.Spoke);

    private Entity? ResolveReference(Func<Entity, bool> fits, bool plural, int paragraph, int position, out double confidence, out bool unique)
    {
        confidence = 0;
        unique = false;
        Entity? subject = null, mentioned = null;
        var near = new List<Entity>();
        for (var i = recent.Count - 1; i >= 0 && i >= recent.Count - 60; i--)
        {
            var r = recent[i];
            if (r.Paragraph > paragraph || (r.Paragraph == paragraph && r.Position >= position && position >= 0))
            {
                continue;
            }

            // Who was named more than a few paragraphs back is too far to be "he" with any confidence.
            if (r.Paragraph < paragraph - 3)
            {
                break;
            }

            if (!fits(r.Entity))
            {
                continue;
            }

            mentioned ??= r.Entity;
            if (r.Subject && subject is null && r.Paragraph >= paragraph - 1)
            {
                subject = r.Entity;
            }

            if (r.Paragraph >= paragraph - 1)
            {
                near.Add(r.Entity);
            }
        }

        // A writer the text quotes is "she" only as a subject; the last voice or a name on the way is someone in the story.
        var speaker = paragraph - LastSpeakerParagraph <= 2 && LastSpeaker is not null && fits(LastSpeaker) && !LastSpeaker.Writes ? LastSpeaker : null;
        mentioned = mentioned is { Writes: true } ? null : mentioned;
        var pick = subject ?? speaker ?? mentioned;
        if (pick is null)
        {
            return null;
        }

        var agree = (speaker is null || speaker == pick) && near.All(e => e == pick);
        unique = near.Count > 0 && near.All(e => e == pick);
        // The last speaker with someone else of the gender named since (and no subject to settle it) is a coin toss.
        var contested = pick == speaker && subject is null && near.Any(e => e != pick);
        // "they" is seldom sure of an organisation; two people just named speaking together are whom it means.
        confidence = plural && !pick.IsPair ? 0.45 : pick == subject ? (agree ? 0.9 : 0.8) : pick == speaker ? (contested ? 0.55 : 0.8) : 0.65;
        return pick;
    }

    // He/she fits a person of that gender, or one of no known gender that the text marks as a person.
    private static bool FitsPerson(Entity e, Gender gender)
    {
        // "a spokesperson" tells no gender: a later "he" is more likely someone named.
        if ((e.IsDescription && e.Gender == Gender.Unknown) || e.IsPair)
        {
            return false;
        }

        if (e.Gender != Gender.Unknown)
        {
            return e.Gender == gender && e.Type != SpeakerType.Organisation;
        }

        // "AFN Youth", "NDP caucus": a name that opens with an acronym is a body's, not a person's.
        return e.Type == SpeakerType.Person || (e.Type == SpeakerType.Unknown && e.IsPersonLike && !NameWords.IsPlaceWord(e.FirstWord) && !NameWords.IsVenueWord(e.LastWord) && !IsAcronym(e.FirstWord));
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(char.IsUpper);

    /// <summary>The canonical name to report: the directory's when it knows the name, else the article's fullest.</summary>
    public string CanonicalName(Entity e) =>
        e.IsDescription ? e.Name : KnownByName(e.Name) is { } known && !(known.Gender != Gender.Unknown && e.Gender != Gender.Unknown && known.Gender != e.Gender) ? known.Name : e.Name;

    // The directory is asked once per name and role an article uses: its lookups are not free on a large directory.
    private Speaker? KnownByName(string name)
    {
        if (lookup is null)
        {
            return null;
        }

        if (!knownByName.TryGetValue(name, out var known))
        {
            known = lookup.FindByName(name);
            knownByName[name] = known;
        }

        return known;
    }
}
