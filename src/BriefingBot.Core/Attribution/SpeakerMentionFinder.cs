using BriefingBot.Core.Extraction;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>Reads names (with their titles), pronouns and role descriptions off a paragraph's tokens.</summary>
internal static class SpeakerMentionFinder
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "another",
    };

    /// <summary>The mention whose last token is tokens[j], looking no further left than floor.</summary>
    public static Mention? EndingAt(IReadOnlyList<Token> tokens, int j, int floor)
    {
        if (j < floor || j >= tokens.Count || !tokens[j].IsWord)
        {
            return null;
        }

        var lower = tokens[j].Lower;
        if (NameWords.IsPronoun(lower))
        {
            return new Mention(MentionKind.Pronoun, j, j, lower, null, null, null, NameWords.GenderOfWord(lower), lower == "they", false);
        }

        if (IsNameToken(tokens, j))
        {
            return BuildName(tokens, j, floor);
        }

        if (NameWords.IsDocument(lower))
        {
            // "her statement read": the statement's owner is who "she" is.
            if (j - 1 >= floor && tokens[j - 1].Lower is "his" or "her" or "its")
            {
                var pronoun = tokens[j - 1].Lower switch { "his" => "he", "her" => "she", _ => "it" };
                return new Mention(MentionKind.Pronoun, j - 1, j, pronoun, null, null, null, NameWords.GenderOfWord(pronoun), false, false);
            }

            return DocumentOwner(tokens, j, floor);
        }

        return NameWords.RoleNoun(StripPossessive(tokens[j].Text), out _) is not null ? BuildDescription(tokens, j, floor) : null;
    }

    // "the HSB report stated", "a White House statement said", "Reyes's letter says": whoever issued the document speaks.
    private static Mention? DocumentOwner(IReadOnlyList<Token> tokens, int j, int floor)
    {
        var owner = j - 1;
        if (owner >= floor && owner >= 1 && tokens[owner].IsWord && char.IsDigit(tokens[owner].Text[0]))
        {
            owner--; // "the HSB 2016 report"
        }

        if (owner < floor || !IsNameToken(tokens, owner))
        {
            return null;
        }

        var m = BuildName(tokens, owner, floor);
        return m.Role is null ? m with { LastToken = j, Possessive = false } : null;
    }

    /// <summary>The mention that starts at tokens[i] ("said Mayor Ana Ortiz", "said the spokesman"), up to ceiling.</summary>
    public static Mention? StartingAt(IReadOnlyList<Token> tokens, int i, int ceiling)
    {
        if (i >= ceiling || !tokens[i].IsWord)
        {
            return null;
        }

        if (NameWords.IsPronoun(tokens[i].Lower))
        {
            return EndingAt(tokens, i, i);
        }

        var end = -1;
        for (var k = i; k < ceiling && k < i + 8; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punct && t.Text == "." && !t.EndsSentence)
            {
                continue;
            }

            if (!t.IsWord)
            {
                break;
            }

            // "suggests that Springfield …": "that" before a name opens a clause; it is a determiner only before a role ("that official").
            var isDeterminer = k == i && Determiners.Contains(t.Text) && !(t.Lower is "that" or "this" && k + 1 < ceiling && IsNameToken(tokens, k + 1));
            var isName = IsNameToken(tokens, k) || NameWords.IsTitle(t.Text);
            var isRole = NameWords.RoleNoun(StripPossessive(t.Text), out _) is not null;
            if (!isDeterminer && !isName && !isRole && !(t.IsWord && NameWords.IsNameConnector(t.Text)) && !(k > i && k < i + 3 && !CueVerbs.IsCue(t.Lower) && IsAdjectiveLike(tokens, k)))
            {
                break;
            }

            if (isName || isRole)
            {
                end = k;
            }

            if (IsPossessive(t.Text) && isName && !isRole)
            {
                continue;
            }

            if (isRole && !t.IsCapitalized && !(k + 1 < ceiling && tokens[k + 1].IsCapitalized))
            {
                break;
            }
        }

        return end < 0 ? null : EndingAt(tokens, end, i);
    }

    /// <summary>True for a capitalised word that can be part of a name (not "The", not a cue verb, not a title).</summary>
    public static bool IsNameToken(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsCapitalized)
        {
            return false;
        }

        var bare = StripPossessive(t.Text);
        if (bare.Length > 1 && IsAllCapitals(bare) && (IsShouted(tokens, i) || IsDateline(tokens, i)))
        {
            return false;
        }

        if (NameWords.IsTitle(bare))
        {
            return IsTitleAsSurname(tokens, i, bare);
        }

        var lower = bare.Length == t.Text.Length ? t.Lower : bare.ToLowerInvariant();
        // "I'm", "I’ve": the writer, never a name.
        var firstPerson = lower.Length > 2 && lower[0] == 'i' && lower[1] is '\'' or '’';
        return !firstPerson && (!NameWords.IsNotName(bare) || IsFirstNameWill(tokens, i)) && (!CueVerbs.IsCue(lower) || IsSurnameLikeVerb(tokens, i, lower)) && !NameWords.IsPronoun(lower) && !IsOpeningAdverb(tokens, i, lower);
    }

    // "said Will Hurd": inside a sentence the modal is never capitalised, so "Will" before a capitalised word is a first name.
    private static bool IsFirstNameWill(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text == "Will" && i > 0 && !tokens[i - 1].EndsSentence && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized &&
        !NameWords.IsNotName(tokens[i + 1].Text) && !NameWords.IsTitle(tokens[i + 1].Text) && !NameWords.IsPronoun(tokens[i + 1].Lower) && !CueVerbs.IsCue(tokens[i + 1].Lower);

    // "Stevie Wonder", "Ann Cry": a capitalised verb in its bare form right after a name is a surname; a headline's
    // verb after a name is inflected ("Lind Says", "Reyes Warned").
    private static bool IsSurnameLikeVerb(IReadOnlyList<Token> tokens, int i, string lower) =>
        i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && !CueVerbs.IsCue(tokens[i - 1].Lower) && IsNameToken(tokens, i - 1) &&
        !lower.EndsWith('s') && !lower.EndsWith("ed", StringComparison.Ordinal) && !lower.EndsWith("ing", StringComparison.Ordinal) && lower is not ("said" or "told" or "wrote");

    // "Interestingly Lind stated …": an adverb in -ly opening the sentence before a name is no part of it.
    private static bool IsOpeningAdverb(IReadOnlyList<Token> tokens, int i, string lower) =>
        lower.Length >= 7 && lower.EndsWith("ly", StringComparison.Ordinal) && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized &&
        (i == 0 || tokens[i - 1].Kind == TokenKind.Quote || (tokens[i - 1].Kind == TokenKind.Punct && tokens[i - 1].EndsSentence)) &&
        NameWords.GenderOfFirstName(tokens[i].Text) == Gender.Unknown;

    // "Larry King", "Mr. King": a title that is also a surname ends a name after a first name or a form of address.
    private static bool IsTitleAsSurname(IReadOnlyList<Token> tokens, int i, string bare)
    {
        if (!NameWords.IsSurnameTitle(bare) || (i + 1 < tokens.Count && tokens[i + 1].IsCapitalized) || i == 0)
        {
            return false;
        }

        var p = tokens[i - 1].Text == "." && i >= 2 ? i - 2 : i - 1;
        var previous = tokens[p];
        // "…,” says House.": after a speech verb, closing the sentence, it is who speaks.
        if (previous.IsWord && CueVerbs.IsCue(previous.Lower) && (i + 1 >= tokens.Count || tokens[i + 1].Kind == TokenKind.Punct && (tokens[i + 1].EndsSentence || tokens[i + 1].Text == ",")))
        {
            return true;
        }

        return previous.IsWord && (previous.Lower.TrimEnd('.') is "mr" or "mrs" or "ms" or "miss" or "dr" || (previous.IsCapitalized && !NameWords.IsTitle(previous.Text) && IsNameToken(tokens, p)));
    }

    private static bool IsAllCapitals(string word) => word.All(c => !char.IsLower(c));

    // A run of words in capitals is a shouted heading ("THE PORT HAS SPOKEN", "CITY HALL FIGHTS BACK"), not
    // names, when it has three words or one longer than an acronym; two short ones ("NATO", "EU") are acronyms.
    private static bool IsShouted(IReadOnlyList<Token> tokens, int i)
    {
        var first = i;
        while (first > 0 && IsCapitalsWord(tokens[first - 1]))
        {
            first--;
        }

        var last = i;
        while (last + 1 < tokens.Count && IsCapitalsWord(tokens[last + 1]))
        {
            last++;
        }

        var longest = 0;
        for (var k = first; k <= last; k++)
        {
            longest = Math.Max(longest, StripPossessive(tokens[k].Text).Length);
        }

        return last > first && (last - first >= 2 || longest > 4);
    }

    // "WASHINGTON —", "ST. LOUIS —": a place in capitals opening the paragraph before a dash is the dateline, nobody who speaks.
    private static bool IsDateline(IReadOnlyList<Token> tokens, int i)
    {
        for (var k = 0; k < tokens.Count && k <= 6; k++)
        {
            var t = tokens[k];
            if (t.Text is "—" or "–" or "-")
            {
                return k > i;
            }

            if (!(IsCapitalsWord(t) || t.Text is "." or ","))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCapitalsWord(Token t) => t.IsWord && t.Text.Length > 1 && char.IsLetter(t.Text[0]) && IsAllCapitals(t.Text);

    /// <summary>
    /// "of" inside an institution's name or a title ("School of Law", "Secretary of State"), and "on" or "for" inside an
    /// institution's ("Commission on Harbour Safety", "Center for Coastal Studies").
    /// </summary>
    public static bool IsOfConnector(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Count && tokens[i].Text is "of" or "on" or "for" && tokens[i + 1].IsCapitalized && tokens[i - 1].IsCapitalized &&
        (NameWords.HasOrganisationWord([tokens[i - 1].Text]) || (tokens[i].Text == "of" && NameWords.IsTitle(tokens[i - 1].Text)));

    public static bool IsPossessive(string word) =>
        word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    public static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;

    private static bool IsAdjectiveLike(IReadOnlyList<Token> tokens, int k) =>
        tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Text.Length > 2 && !Determiners.Contains(tokens[k].Text) &&
        tokens[k].Lower is not ("for" or "with" or "from" or "and" or "but" or "who" or "said" or "has" or "had" or "was" or "were" or "are" or "will" or "would");

    private static Mention BuildName(IReadOnlyList<Token> tokens, int j, int floor)
    {
        // Walk left over the name, titles and initials ("Russian President Vladimir V. Putin").
        var k = j;
        while (true)
        {
            var p = k - 1;
            if (p >= floor && tokens[p].Kind == TokenKind.Punct && tokens[p].Text == "." && !tokens[p].EndsSentence && p - 1 >= floor && tokens[p - 1].IsCapitalized)
            {
                k = p - 1;
                continue;
            }

            if (p < floor || !tokens[p].IsWord || IsPossessive(tokens[p].Text))
            {
                break;
            }

            if (IsNameToken(tokens, p) || (tokens[p].IsCapitalized && NameWords.IsTitle(tokens[p].Text)) ||
                (NameWords.IsNameConnector(tokens[p].Text) && p - 1 >= floor && tokens[p - 1].IsCapitalized) ||
                (IsOfConnector(tokens, p) && p - 1 >= floor))
            {
                k = p;
                continue;
            }

            break;
        }

        // An institution's name (ending in "Review", "Committee", or one joined by "on", "for") keeps its modifiers whole:
        // "National Review", "Homeland Security Committee", "Commission on Harbour Safety".
        var lastTitle = -1;
        var isInstitution = NameWords.HasOrganisationWord([StripPossessive(tokens[j].Text)]);
        for (var i = k; i < j && !isInstitution; i++)
        {
            isInstitution = IsOfConnector(tokens, i) && NameWords.HasOrganisationWord([tokens[i - 1].Text]);
        }

        for (var i = k; i < j && !isInstitution; i++)
        {
            if (tokens[i].IsWord && NameWords.IsTitle(tokens[i].Text))
            {
                lastTitle = i;
            }
        }

        var nameStart = lastTitle + 1 > k ? lastTitle + 1 : k;
        while (nameStart < j && !tokens[nameStart].IsWord)
        {
            nameStart++;
        }

        var nameWords = Words(tokens, nameStart, j, keepInitials: true);
        // "Tom A. Reyes Jr.": the surname, not the suffix, ends the name people are called by.
        while (nameWords.Count > 1 && NameWords.IsNameSuffix(nameWords[^1]))
        {
            nameWords.RemoveAt(nameWords.Count - 1);
        }

        // "Al Basha", "El Amrani": an Arabic article opens the surname; it is no first name "Al".
        var gender = nameWords.Count > 1 && !(nameWords.Count == 2 && nameWords[0] is "Al" or "El") ? NameWords.GenderOfFirstName(nameWords[0]) : Gender.Unknown;
        var roleWords = new List<string>();
        var affiliationWords = new List<string>();
        var former = false;
        var roleStart = nameStart;
        for (var i = k; i < nameStart; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var g = NameWords.GenderOfWord(tokens[i].Text);
            gender = g != Gender.Unknown ? g : gender;
            former |= tokens[i].Lower is "former";
            if (NameWords.IsHonorific(tokens[i].Text))
            {
                continue;
            }

            roleStart = Math.Min(roleStart, i);
            if (NameWords.IsTitle(tokens[i].Text) || roleWords.Count > 0)
            {
                roleWords.Add(tokens[i].Text.TrimEnd('.'));
            }
            else
            {
                affiliationWords.Add(tokens[i].Text);
            }
        }

        // Modifiers alone are no role ("National Park", "Republican Tom Reyes"); a party or nation is an affiliation.
        if (roleWords.Count > 0 && roleWords.TrueForAll(NameWords.IsTitleModifier))
        {
            affiliationWords.AddRange(roleWords.Where(NameWords.IsAffiliationAdjective));
            roleWords.Clear();
        }

        // A lower-case role right before the name: "Kremlin spokesman Dmitry Peskov", "Putin's spokesman Dmitry Peskov".
        var before = k - 1;
        if (roleWords.Count == 0 && before >= floor && tokens[before].IsWord && !tokens[before].IsCapitalized &&
            NameWords.RoleNoun(tokens[before].Text, out var plural) is { } noun && !plural)
        {
            roleStart = before;
            var a = before - 1;
            if (noun == "agency" && a >= floor && tokens[a].Lower is "news" or "press")
            {
                noun = tokens[a].Lower + " agency"; // "the news agency TASS" is no "agency" a story's regulator is
                roleStart = a--;
            }

            roleWords.Add(noun);
            gender = NameWords.GenderOfWord(noun) is var g2 && g2 != Gender.Unknown ? g2 : gender;
            while (a >= floor && a >= before - 4 && !tokens[a].IsCapitalized && tokens[a].IsWord && NameWords.IsTitleModifier(tokens[a].Text))
            {
                // "Green Party harbour candidate Ann Lee": a modifier between the affiliation and the role.
                former |= tokens[a].Lower is "former";
                roleStart = a--;
            }

            while (a >= floor && a >= before - 4 && tokens[a].IsCapitalized && !NameWords.IsNotName(StripPossessive(tokens[a].Text)))
            {
                affiliationWords.Insert(0, StripPossessive(tokens[a].Text));
                roleStart = a;
                if (IsPossessive(tokens[a].Text))
                {
                    break;
                }

                a--;
            }
        }

        var role = roleWords.Count == 0 ? null : string.Join(' ', roleWords).ToLowerInvariant();
        // "Former President Ann Lee" is not who "the president" means.
        role = former && role is not null && !role.StartsWith("former", StringComparison.Ordinal) ? "former " + role : role;
        var roleText = roleWords.Count == 0 ? null : string.Join(' ', Words(tokens, roleStart, nameStart - 1, keepInitials: false));
        // "Kremlin critic": a critic speaks against the body named, not for it.
        var affiliation = affiliationWords.Count == 0 || NameWords.IsOpposingRole(role) ? null : string.Join(' ', affiliationWords);
        return new Mention(MentionKind.Name, Math.Min(k, roleStart), j, string.Join(' ', nameWords), role, roleText, affiliation, gender, false, IsPossessive(tokens[j].Text));
    }

    private static Mention? BuildDescription(IReadOnlyList<Token> tokens, int j, int floor)
    {
        var noun = NameWords.RoleNoun(StripPossessive(tokens[j].Text), out var plural)!;
        var k = j;
        var anchored = plural;
        string? affiliation = null;
        while (k - 1 >= floor && k > j - 4 && tokens[k - 1].IsWord)
        {
            var w = tokens[k - 1];
            if (Determiners.Contains(w.Text))
            {
                anchored = true;
                k--;
                break;
            }

            if (IsPossessive(w.Text))
            {
                affiliation = StripPossessive(w.Text);
                anchored = true;
                k--;
                break;
            }

            if (CueVerbs.IsCue(w.Lower) || NameWords.IsPronoun(w.Lower) || w.Lower is "and" or "or" or "but" or "of" or "to" or "that" or "in" or "on" or "for" or "with" or "by" or "as")
            {
                break;
            }

            if (w.Lower is "former" or "vice" or "deputy")
            {
                noun = w.Lower + " " + noun; // "the former president" is not "the president"
            }

            if (w.IsCapitalized)
            {
                affiliation = affiliation is null ? w.Text : w.Text + " " + affiliation;
                anchored = true;
            }

            k--;
        }

        if (!anchored)
        {
            return null;
        }

        var first = k;
        while (first < j && Determiners.Contains(tokens[first].Text))
        {
            first++;
        }

        var roleText = string.Join(' ', Words(tokens, first, j, keepInitials: false));
        return new Mention(MentionKind.Description, k, j, noun, noun, StripPossessive(roleText), affiliation, NameWords.GenderOfWord(noun[(noun.LastIndexOf(' ') + 1)..]), plural, IsPossessive(tokens[j].Text));
    }

    private static bool IsDottedInitials(string w)
    {
        if (w.Length < 3 || w.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < w.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(w[i]) : w[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Words(IReadOnlyList<Token> tokens, int from, int to, bool keepInitials)
    {
        var words = new List<string>();
        for (var i = from; i <= to && i < tokens.Count; i++)
        {
            if (tokens[i].IsWord)
            {
                var w = Mojibake.Repair(i == to ? StripPossessive(tokens[i].Text) : tokens[i].Text);
                // The tokenizer leaves the last dot of "U.S." to the punctuation: a name gets it back ("U.S. State Department").
                words.Add(keepInitials && ((w.Length == 1 && char.IsUpper(w[0])) || IsDottedInitials(w)) ? w + "." : w);
            }
        }

        return words;
    }
}
