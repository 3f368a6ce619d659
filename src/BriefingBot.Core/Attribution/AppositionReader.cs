using BriefingBot.Core.Extraction;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>Reads the appositions around a speaker's name: "Name, role, said", "role Name", "the role, Name,".</summary>
internal static class AppositionReader
{
    // `,” said city engineer Rosa Lind.`: a few lower-case words describe the name that closes the sentence.
    public static Mention? DescribedNameAfter(IReadOnlyList<Token> t, int start)
    {
        var k = start;
        while (k < t.Count && k < start + 5 && ((t[k].IsWord && !t[k].IsCapitalized && !CueVerbs.IsCue(t[k].Lower) &&
               t[k].Lower is not ("that" or "as" or "when" or "after" or "before" or "while" or "in" or "on" or "at" or "to" or "of" or "and")) ||
               (t[k].Lower is "and" && k > start && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].IsCapitalized) ||
               (t[k].Text == "/" && k > start && char.IsDigit(t[k - 1].Text[0]))))
        {
            // "9/11 widow Ann Lee": a date-like "/" between numbers belongs to the description.
            k++;
        }

        // "said another ferry user, Joan Bauer": a description that opens with a determiner may set the name off with a comma.
        var descriptionEnd = k;
        if (k > start + 1 && k + 1 < t.Count && t[k].Text == "," && t[start].Lower is "a" or "an" or "another" or "one" or "the")
        {
            k++;
        }

        if (k == start || k >= t.Count || !SpeakerMentionFinder.IsNameToken(t, k))
        {
            return null;
        }

        var name = SpeakerMentionFinder.StartingAt(t, k, t.Count);
        if (name is not { Kind: MentionKind.Name } || !MentionContext.EndsSentenceAfter(t, name.LastToken))
        {
            return null;
        }

        var description = string.Join(' ', Enumerable.Range(start, descriptionEnd - start).Select(i => t[i].Text)).Replace(" / ", "/", StringComparison.Ordinal);
        return name with { FirstToken = start, RoleText = name.RoleText ?? description };
    }

    /// <summary>
    /// `,” said former secretary of state Ann Lee.`, `,” said undecided Republican voter Ann Lee of Derry`: up to seven words
    /// of a role (lower case, party or title words, "of" inside it) right before a full name that closes the clause.
    /// </summary>
    public static Mention? NameAfterRoleWords(IReadOnlyList<Token> t, int start)
    {
        var k = start;
        while (k < t.Count && k < start + 7 && IsRoleWord(t, k, start))
        {
            k++;
        }

        if (k == start || k >= t.Count || !SpeakerMentionFinder.IsNameToken(t, k) ||
            SpeakerMentionFinder.StartingAt(t, k, t.Count) is not { Kind: MentionKind.Name, Possessive: false } name || !name.Text.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var closes = MentionContext.EndsSentenceAfter(t, name.LastToken) || t[name.LastToken + 1].Lower is "of" or "who";
        if (!closes)
        {
            return null;
        }

        var description = string.Join(' ', Enumerable.Range(start, k - start).Select(i => t[i].Text));
        return name with { FirstToken = start, RoleText = name.RoleText ?? description };
    }

    // A word of a role before a name: lower case and no clause of its own, a capitalised title or party ("Republican"),
    // or "of" inside the role ("master of ceremonies").
    private static bool IsRoleWord(IReadOnlyList<Token> t, int k, int start)
    {
        if (!t[k].IsWord || CueVerbs.IsCue(t[k].Lower))
        {
            return false;
        }

        if (t[k].IsCapitalized)
        {
            return NameWords.IsTitle(t[k].Text) && !SpeakerMentionFinder.IsNameToken(t, k);
        }

        if (t[k].Lower is "of")
        {
            return k > start && k + 1 < t.Count && t[k + 1].IsWord && !t[k + 1].IsCapitalized;
        }

        return !OutsideRole.Contains(t[k].Lower);
    }

    // Lower-case words no role before a name holds: they open a clause or a phrase of their own ("said on Monday Ann Lee").
    private static readonly HashSet<string> OutsideRole = new(StringComparer.Ordinal)
    {
        "that", "as", "when", "after", "before", "while", "in", "on", "at", "to", "and", "or", "for", "with", "from", "by", "about",
        "during", "who", "which", "is", "was", "has", "had", "will", "would", "also", "then", "not",
    };

    // `,” said another harbour user, Joan Bauer.` and `,” wrote Post harbour bureau chief Julia Erhardt`: the mention after the
    // verb only describes the person named right after it; null when no name follows.
    public static Mention? NameAfterDescription(IReadOnlyList<Token> t, Mention m)
    {
        var k = m.LastToken + 1;
        while (k < t.Count && k <= m.LastToken + 4 && t[k].IsWord && !t[k].IsCapitalized && !CueVerbs.IsCue(t[k].Lower) &&
               t[k].Lower is not ("that" or "as" or "when" or "after" or "before" or "while" or "in" or "on" or "at" or "to" or "of" or "and" or "who" or "which" or
                   "for" or "with" or "from" or "by" or "about" or "during" or "over" or "under" or "into"))
        {
            k++;
        }

        // "Post bureau chief Julia Erhardt": after a name, the words between must hold a role.
        var gap = k > m.LastToken + 1;
        var described = m.Kind == MentionKind.Description || t[m.FirstToken].Lower is "a" or "an" or "the" or "another" or "one" ||
            (m.FirstToken > 0 && t[m.FirstToken - 1].Lower is "a" or "an" or "the" or "another" or "one") ||
            Enumerable.Range(m.LastToken + 1, k - m.LastToken - 1).Any(i => NameWords.RoleNoun(t[i].Text, out _) is not null);
        var comma = k < t.Count && t[k].Text == ",";
        if (comma)
        {
            k++;
        }

        // A name set off by a comma after another name is a list, unless a description came first ("another user, …").
        if ((!gap && !comma) || !described || k >= t.Count || !SpeakerMentionFinder.IsNameToken(t, k) ||
            SpeakerMentionFinder.StartingAt(t, k, t.Count) is not { Kind: MentionKind.Name, Possessive: false } name || !MentionContext.EndsSentenceAfter(t, name.LastToken))
        {
            return null;
        }

        var description = string.Join(' ', Enumerable.Range(m.FirstToken, (comma ? k - 1 : k) - m.FirstToken).Select(i => t[i].Text));
        return name with { FirstToken = m.FirstToken, RoleText = name.RoleText ?? description };
    }

    // `,” says Lind's husband, Darrin.`: the name set off after a relation of someone else's; null when none follows.
    public static Mention? NameAfterOwnedDescription(IReadOnlyList<Token> t, Mention owner)
    {
        var k = owner.LastToken + 1;
        while (k < t.Count && k <= owner.LastToken + 3 && t[k].IsWord && !t[k].IsCapitalized && !CueVerbs.IsCue(t[k].Lower))
        {
            k++;
        }

        if (k == owner.LastToken + 1 || k + 1 >= t.Count || t[k].Text != "," ||
            SpeakerMentionFinder.StartingAt(t, k + 1, t.Count) is not { Kind: MentionKind.Name, Possessive: false } name || !MentionContext.EndsSentenceAfter(t, name.LastToken))
        {
            return null;
        }

        var description = string.Join(' ', Enumerable.Range(owner.FirstToken, k - owner.FirstToken).Select(i => t[i].Text));
        return name with { RoleText = name.RoleText ?? description };
    }

    // "Mr. Morgan of the Sierra Club said", "Ann Lee at the council said": the person, not the body they belong to.
    public static Mention? PersonBeforeAffiliation(IReadOnlyList<Token> t, Mention m)
    {
        var k = m.FirstToken - 1;
        if (k >= 0 && t[k].Lower is "the")
        {
            k--;
        }

        if (k < 1 || t[k].Lower is not ("of" or "at" or "for" or "with" or "from"))
        {
            return null;
        }

        var person = SpeakerMentionFinder.EndingAt(t, k - 1, Sentences.Start(t, k - 1));
        return person is { Kind: MentionKind.Name, Possessive: false } && (person.Role is not null || person.Gender != Gender.Unknown || person.Text.Contains(' ', StringComparison.Ordinal) || t[person.FirstToken].Lower.TrimEnd('.') is "mr" or "mrs" or "ms" or "dr")
            ? person with { Affiliation = person.Affiliation ?? m.Text }
            : null;
    }

    // "Ann Lee, a member of the council's finance committee said": the apposition's closing comma is missing, so the
    // words before the verb are the apposition's; the speaker is the name that opens the sentence before it (a page's
    // copy may glue the sentence to the one before it: "the service.Ann Lee, a member …").
    public static Mention? NameBeforeUnclosedApposition(IReadOnlyList<Token> t, Mention m)
    {
        if (m.Kind == MentionKind.Pronoun)
        {
            return null;
        }

        var start = Sentences.Start(t, m.FirstToken);
        while (start < m.FirstToken && !t[start].IsWord)
        {
            start++;
        }

        for (var c = m.FirstToken - 1; c > start && c >= m.FirstToken - 12; c--)
        {
            if (t[c].Kind == TokenKind.Quote || t[c].EndsSentence)
            {
                return null;
            }

            if (t[c].Text != ",")
            {
                continue;
            }

            if (c + 1 >= t.Count || t[c + 1].Lower is not ("a" or "an"))
            {
                return null;
            }

            var person = SpeakerMentionFinder.EndingAt(t, c - 1, start);
            return person is { Kind: MentionKind.Name, Possessive: false } && (person.FirstToken == start || t[person.FirstToken - 1].Text == ".") && person.Text.Contains(' ', StringComparison.Ordinal)
                ? person
                : null;
        }

        return null;
    }

    // "Hugh Hill, a doctor at the clinic, said": the name before the apposition is the speaker. Appositions may run
    // long and come several ("Ann Lee, the attorney general of Ohio, one of the states suing, said"): the speaker is the
    // first name of the sentence that an apposition follows, else the name right before the nearest comma.
    public static Mention? Apposed(IReadOnlyList<Token> t, int comma)
    {
        Mention? nearest = null, apposed = null;
        var sawNearest = false;
        for (var c = comma - 1; c >= 0 && c >= comma - 45; c--)
        {
            if (t[c].Kind == TokenKind.Quote || t[c].EndsSentence)
            {
                break;
            }

            if (t[c].Text != "," || c == 0)
            {
                continue;
            }

            var nameEnd = SpeakerVerbGap.SkipBack(t, c - 1);
            var m = nameEnd < 0 ? null : SpeakerMentionFinder.EndingAt(t, nameEnd, Sentences.Start(t, nameEnd));
            // "Another member of the public, …": the description's noun stands before "of".
            if (m is null && nameEnd > 1 && !t[nameEnd].IsCapitalized)
            {
                for (var of = nameEnd - 1; of > 0 && of >= nameEnd - 3; of--)
                {
                    if (t[of].Lower is "of")
                    {
                        m = SpeakerMentionFinder.EndingAt(t, of - 1, Sentences.Start(t, of - 1)) is { Kind: MentionKind.Description } described ? described : null;
                        break;
                    }
                }
            }

            // "…,” a citizen, whose name is redacted, wrote": a description that opens the clause is its subject.
            if (m is { Kind: MentionKind.Description, Possessive: false } d && (MentionContext.FollowsQuote(t, d.FirstToken) || Sentences.Start(t, d.FirstToken) >= d.FirstToken) &&
                c + 1 < t.Count && t[c + 1].IsWord && !t[c + 1].IsCapitalized && apposed is null)
            {
                return d;
            }

            var first = !sawNearest;
            sawNearest = true;
            if (m is not { Kind: MentionKind.Name, Possessive: false } || (MentionContext.AfterPreposition(t, m.FirstToken) && !IssuedBy(t, m.FirstToken)))
            {
                if (first && c >= comma - 12 && apposed is null)
                {
                    nearest = null;
                }

                continue;
            }

            var withRole = WithApposition(t, m, c, forward: true);
            if (MentionContext.FollowsQuote(t, m.FirstToken))
            {
                return withRole; // `,” Ann Lee, a senior fellow at the institute, said`
            }

            if ((withRole.Role is not null && OpensApposition(t[c + 1])) || NumberApposition(t, c) || PlaceApposition(t, c))
            {
                apposed = withRole;
            }

            if (first && c >= comma - 12)
            {
                nearest = withRole;
            }
        }

        return apposed ?? nearest ?? NameAfterDescription(t, comma);
    }

    // "The minister of the harbour, Mr. Reyes, argues", "Lee's niece, Del. Ann Price (D-Va.), shouted": the name
    // between commas after a description that opens the sentence; the stretch runs from the description.
    private static Mention? NameAfterDescription(IReadOnlyList<Token> t, int comma)
    {
        var start = Sentences.Start(t, comma);
        // "But the director of ferries, Ann Lee, says": a conjunction or sentence adverb may open the sentence.
        while (start < comma && (!t[start].IsWord || t[start].Lower is "but" or "and" or "yet" or "so" or "meanwhile" or "however" or "still" or "now"))
        {
            start++;
        }

        var nameEnd = SpeakerVerbGap.SkipBack(t, comma - 1);
        var m = nameEnd > start ? SpeakerMentionFinder.EndingAt(t, nameEnd, start) : null;
        if (m is not { Kind: MentionKind.Name, Possessive: false })
        {
            return null;
        }

        // A lower-case word or two may stand between the comma and the name ("…, state Del. Ann Price").
        var opening = m.FirstToken - 1;
        while (opening > start && m.FirstToken - opening <= 2 && t[opening].IsWord && !t[opening].IsCapitalized)
        {
            opening--;
        }

        if (opening < start + 2 || opening > start + 8 || t[opening].Text != "," ||
            !(t[start].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "their" || SpeakerMentionFinder.IsPossessive(t[start].Text)))
        {
            return null;
        }

        string? role = null;
        for (var i = start + 1; i < opening; i++)
        {
            if (t[i].Kind != TokenKind.Word || CueVerbs.IsCue(t[i].Lower) || t[i].Lower is "is" or "was" or "are" or "were" or "has" or "had" or "will" or "would" or "who" or "which")
            {
                return null;
            }

            role ??= NameWords.RoleNoun(t[i].Text, out var plural) is { } noun && !plural ? noun : null;
        }

        // "the director of operations for EHS, Jeff Fraser," ends in the body the role belongs to.
        var endsInBody = role is not null && opening - 2 > start && t[opening - 2].Lower is "of" or "for" or "at" or "with";
        return t[opening - 1].IsCapitalized && !endsInBody ? null : m with { FirstToken = start, Role = m.Role ?? role };
    }

    // A second name is no apposition: "In Ohio, Ann Lee, the attorney general, said" gives Ohio none.
    private static bool OpensApposition(Token opener) =>
        opener.Lower is "a" or "an" or "the" || SpeakerMentionFinder.IsPossessive(opener.Text) || !opener.IsCapitalized ||
        NameWords.IsTitle(opener.Text) || NameWords.RoleNoun(opener.Text, out _) is not null;
    // "A statement e-mailed to the paper by Ann Lee, who …, said": a document's sender is who speaks in it.
    private static bool IssuedBy(IReadOnlyList<Token> t, int name)
    {
        var start = Sentences.Start(t, name);
        if (name < 1 || t[name - 1].Lower is not "by" || start + 1 >= name || t[start].Lower is not ("a" or "an" or "the" or "in" or "his" or "her" or "its" or "their"))
        {
            return false;
        }

        for (var i = start + 1; i < Math.Min(name, start + 4); i++)
        {
            if (NameWords.IsDocument(t[i].Lower) || t[i].Lower is "email" or "e-mail" or "post" or "tweet" or "message")
            {
                return true;
            }
        }

        return false;
    }

    // "Mr. King, 82, told me": an age between commas.
    private static bool NumberApposition(IReadOnlyList<Token> t, int comma) =>
        comma + 2 < t.Count && t[comma + 1].IsWord && char.IsDigit(t[comma + 1].Text[0]) && t[comma + 2].Text == ",";

    // "Ann Lee, of Springfield, said": where someone is from, between commas.
    private static bool PlaceApposition(IReadOnlyList<Token> t, int comma) =>
        comma + 2 < t.Count && t[comma + 1].Lower is "of" or "from" && t[comma + 2].IsCapitalized;
    // Reads ", a doctor at the clinic," after a name into its role.
    public static Mention WithApposition(IReadOnlyList<Token> t, Mention m, int comma, bool forward)
    {
        if (!forward || m.Kind != MentionKind.Name || m.Role is not null || comma >= t.Count || t[comma].Text != "," || comma + 1 >= t.Count)
        {
            return m;
        }

        // An apposition opens with an article, a possessive, a capitalised modifier or the role itself, never a verb.
        var opener = t[comma + 1];
        if (!(opener.IsWord && (opener.Lower is "a" or "an" or "the" || opener.IsCapitalized ||
            SpeakerMentionFinder.IsPossessive(opener.Text) || NameWords.RoleNoun(opener.Text, out _) is not null)))
        {
            return m;
        }

        for (var i = comma + 1; i < t.Count && i <= comma + 6; i++)
        {
            if (!t[i].IsWord)
            {
                break;
            }

            if (NameWords.RoleNoun(t[i].Text, out var plural) is { } noun && !plural && !t[i].IsCapitalized && ClosesAsApposition(t, i + 1))
            {
                return m with { Role = noun, RoleText = string.Join(' ', Enumerable.Range(comma + 1, i - comma).Select(k => t[k].Text).Where(w => w is not ("a" or "an" or "the"))) };
            }
        }

        return m;
    }

    // An apposition ends at a comma, a dash or the sentence's end before any verb: ", the mayor also said" is a clause.
    private static bool ClosesAsApposition(IReadOnlyList<Token> t, int from)
    {
        for (var i = from; i < t.Count && i < from + 25; i++)
        {
            if (t[i].Kind == TokenKind.Punct)
            {
                return t[i].Text is "," or "—" or "." or ";" or ")";
            }

            if (t[i].Kind == TokenKind.Quote || CueVerbs.IsCue(t[i].Lower) || t[i].Lower is "is" or "was" or "has" or "had" or "will" or "would" or "also")
            {
                return false;
            }
        }

        return true;
    }
}
