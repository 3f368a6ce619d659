using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>Finds who says each quote of an article, paragraph by paragraph, keeping the discourse state between them.</summary>
internal sealed class SpeakerAttributor(ISpeakerLookup? lookup)
{

    // From here up an attribution counts as who spoke last (PolNeAR dev: nine in ten right and more).
    private const double SureSpeaker = 0.7;

    private readonly DiscourseState state = new(lookup);

    public DiscourseState State => state;

    /// <summary>Learns the names, titles and appositions of a paragraph before attribution starts (so a headline can use them).</summary>
    public void Prescan(Paragraph p)
    {
        // A headline is set in title case: its capitalised words are no evidence of names.
        if (p.InHeadline || p.LooksLikeHeading)
        {
            return;
        }

        var t = p.Tokens;
        for (var j = 0; j < t.Count; j++)
        {
            if (!IsNameRunEnd(t, j))
            {
                continue;
            }

            var m = SpeakerMentionFinder.EndingAt(t, j, 0);
            if (m is null || m.Kind != MentionKind.Name)
            {
                continue;
            }

            var position = p.InHeadline ? -1 : t[j].Start;
            if (m.Text.Contains(' ', StringComparison.Ordinal) || m.Role is not null)
            {
                state.Learn(m, position);
            }

            LearnApposition(t, j, m, position);
        }
    }

    /// <summary>Attributes the quotes of one paragraph; previous is the paragraph before it (null for the first).</summary>
    public List<(int Quote, Entity? Speaker, string? RoleText, AttributionKind Kind, double Confidence)> Attribute(Paragraph p, Paragraph? previous, (Entity Speaker, double Confidence)? previousQuote, IReadOnlyList<CueEvent> previousEvents, out List<CueEvent> events)
    {
        var t = p.Tokens;
        events = [];
        var heading = p.LooksLikeHeading;
        var titleCase = p.InHeadline && p.IsTitleCase;
        for (var j = 0; j < t.Count; j++)
        {
            if (!heading && IsNameRunEnd(t, j) && SpeakerMentionFinder.EndingAt(t, j, 0) is { Kind: MentionKind.Name, Possessive: false } m &&
                (m.Text.Contains(' ', StringComparison.Ordinal) || state.Find(m.Text) is not null || m.Role is not null))
            {
                // A title-case headline runs names into the words after them ("Reyes Sees"): only names the article gives count.
                var named = titleCase ? KnownPart(m) ?? LeadingPersonName(m) : state.Learn(m, t[j].Start);
                if (named is not null && !ModifiesNoun(t, m, j) && !SetAgainst(t, m.FirstToken))
                {
                    state.Note(named, p.Index, p.InHeadline ? -1 : t[m.FirstToken].Start, IsSubject(t, m.FirstToken, j));
                }
            }

            if (t[j].IsWord && (CueVerbs.IsCue(t[j].Lower) || PutsIt(t, j) || PointsOut(t, j) || DocumentReads(t, j)) && CueAt(p, j, events) is { } e)
            {
                events.Add(e);
                if (e.Speaker is not null)
                {
                    NoteSpeaker(e, p, t[e.First].Start);
                }
            }
        }

        var results = new List<(int, Entity?, string?, AttributionKind, double)>();
        (Entity? Speaker, string? Role, double Confidence)? paragraphSpeaker = null;
        var paragraphSpeakerToken = 0;
        for (var qi = 0; qi < t.Count; qi++)
        {
            if (t[qi].Kind != TokenKind.Quote)
            {
                continue;
            }

            var found = TranscriptLabel(p, qi) ?? Trailer(p, qi, events) ?? DashLead(p, qi) ?? Lead(p, qi, events) ?? ColonLead(p, qi) ?? Headline(p, qi);
            if (found is null && SaidBySomeoneUnread(t, qi))
            {
                // "“Two!” says the cheerful skipper": someone speaks whom the text does not let us place; nobody else's words,
                // nor are the words after them.
                paragraphSpeaker = null;
                results.Add((t[qi].QuoteIndex, null, null, AttributionKind.None, 0));
                continue;
            }

            // The paragraph's speaker goes on speaking, but not in words quoted in a clause about someone else, nor after a
            // sentence about another person ("Lee did not need coaxing. “…”").
            if (found is null && paragraphSpeaker is { } ps && ps.Speaker is not null && !(qi > 0 && t[qi - 1].IsWord && AnotherClauseActs(t, paragraphSpeakerToken + 1, qi)) &&
                !WritersOwnSentence(t, paragraphSpeakerToken, qi) && !(AfterSubjectSentence(p, qi) is { } other && other.Speaker != ps.Speaker))
            {
                // No surer than the attribution it continues.
                found = new CueEvent(qi, qi, qi, ps.Speaker, ps.Role, AttributionKind.Continuation, Math.Min(0.8, ps.Confidence));
            }

            found ??= Signature(p, qi);
            found ??= AfterReportedSpeech(p, qi, events);
            found ??= AfterSubjectSentence(p, qi);
            if (found is null && StartsParagraph(t, qi) && previous is not null)
            {
                found = FromPrevious(p, previous, previousQuote, previousEvents, qi);
            }

            if (found is not null && p.InHeadline)
            {
                found = found with { Kind = AttributionKind.Headline };
            }

            if (found?.Speaker is not null)
            {
                paragraphSpeaker = (found.Speaker, found.RoleText, found.Confidence);
                paragraphSpeakerToken = qi;
                // A speaker named after the quote ("“…,” said Ann Lee, head of the Tenants Union") is mentioned there, after
                // the quote: a name within the quote's own attribution is no later mention than the speaker.
                var after = found.Cue > qi && found.Last < t.Count && events.Exists(e => e.Cue == found.Cue && e.Last == found.Last);
                NoteSpeaker(found, p, t[after ? found.Last : qi].Start);
            }

            results.Add((t[qi].QuoteIndex, found?.Speaker, found?.RoleText ?? found?.Speaker?.RoleText, found?.Kind ?? AttributionKind.None, found?.Confidence ?? 0));
        }

        return results;
    }

    // A sure attribution makes its speaker the one a later "he" most likely means; a guess only mentions them, so that
    // one guess does not prop up the next.
    private void NoteSpeaker(CueEvent e, Paragraph p, int position)
    {
        if (e.Confidence >= SureSpeaker)
        {
            state.NoteSpeaker(e.Speaker!, p.Index, p.InHeadline ? -1 : position);
        }
        else
        {
            state.Note(e.Speaker!, p.Index, p.InHeadline ? -1 : position, subject: false);
        }
    }

    private CueEvent? FromPrevious(Paragraph p, Paragraph previous, (Entity Speaker, double Confidence)? previousQuote, IReadOnlyList<CueEvent> previousEvents, int qi)
    {
        // "And from Chairwoman Rosenworcel:" — a lead-in paragraph ending in a colon names the speaker.
        if (previous.EndsWithColon)
        {
            var last = previousEvents.LastOrDefault(e => e.Speaker is not null);
            if (last is not null)
            {
                return last with { Kind = AttributionKind.Explicit, Confidence = Math.Min(0.85, last.Confidence) };
            }

            var pt = previous.Tokens;
            for (var j = pt.Count - 1; j >= 0; j--)
            {
                if (IsNameRunEnd(pt, j) && SpeakerMentionFinder.EndingAt(pt, j, 0) is { Kind: MentionKind.Name } m)
                {
                    var e = state.Learn(m, pt[j].Start);
                    // "Lane reports:" hands on a piece of writing; its author is not who speaks in the story it tells.
                    e.Writes |= j + 2 == pt.Count - 1 && pt[j + 1].Lower is "reports" or "reported" or "writes" or "wrote";
                    return new CueEvent(qi, qi, qi, e, m.RoleText, AttributionKind.Explicit, 0.8);
                }
            }
        }

        var quoteOnly = p.IsQuoteOnly;
        var carried = previous.EndsOpen || !p.Quotes[p.Tokens[qi].QuoteIndex].Opened;
        if (previousQuote is { } pq && (carried || quoteOnly))
        {
            // Less sure than the quote it goes on from: a guess carried on is unsure, unless the paragraph closed on a
            // sentence about that speaker ("“…” She also welcomed the chance.").
            var confidence = Math.Min(carried ? 0.85 : 0.75, pq.Confidence * 0.9);
            if (!carried && ClosesOnPronounFor(previous, pq.Speaker))
            {
                confidence = Math.Max(confidence, 0.7);
            }

            return new CueEvent(qi, qi, qi, pq.Speaker, pq.Speaker.RoleText, AttributionKind.Continuation, confidence);
        }

        // "The director, Jeff Fraser, says the system is built for it." then a paragraph of quote: his words go on.
        if (quoteOnly && previous.Quotes.Count == 0 && previous.Tokens.Count > 2)
        {
            var pt = previous.Tokens;
            var lastSentence = SentenceStart(pt, pt.Count - 1);
            if (ReportedSpeechBefore(pt, previousEvents, lastSentence, pt.Count) is { } reported && reported.Speaker!.IsPersonLike)
            {
                return reported with { Cue = qi, First = qi, Last = qi, Kind = AttributionKind.Context, Confidence = Math.Min(0.7, reported.Confidence * 0.8) };
            }
        }

        // A paragraph of quote after a paragraph about someone ("He also believes ...") is most likely theirs.
        if (quoteOnly && previous.Quotes.Count == 0 || (quoteOnly && previousQuote is null))
        {
            var last = previousEvents.LastOrDefault(e => e.Speaker is not null && e.Speaker.IsPersonLike);
            if (last is not null)
            {
                return last with { Kind = AttributionKind.Context, Confidence = Math.Min(0.6, last.Confidence * 0.9) };
            }
        }

        return null;
    }

    // The paragraph's last sentence, after its last quote, opens with "he" or "she" that fits the speaker.
    private static bool ClosesOnPronounFor(Paragraph previous, Entity speaker)
    {
        var t = previous.Tokens;
        if (t.Count < 3 || !speaker.IsPersonLike)
        {
            return false;
        }

        var start = SentenceStart(t, t.Count - 1);
        if (start == 0 || t[start - 1].Kind != TokenKind.Quote || !t[start].IsWord || t[start].Lower is not ("he" or "she"))
        {
            return false;
        }

        for (var i = start; i < t.Count; i++)
        {
            // Another name or pronoun may be whom the next words are about ("the Harbour Trust’s crews" only qualifies a noun).
            if (i > start && SpeakerMentionFinder.IsNameToken(t, i))
            {
                var end = i;
                while (end + 1 < t.Count && SpeakerMentionFinder.IsNameToken(t, end + 1))
                {
                    end++;
                }

                if (!SpeakerMentionFinder.IsPossessive(t[end].Text))
                {
                    return false;
                }

                i = end;
                continue;
            }

            if (t[i].Kind == TokenKind.Quote || (i > start && NameWords.IsPronoun(t[i].Lower)))
            {
                return false;
            }
        }

        var gender = NameWords.GenderOfWord(t[start].Lower);
        return speaker.Gender == gender || speaker.Gender == Gender.Unknown;
    }

    private static bool StartsParagraph(IReadOnlyList<Token> t, int qi)
    {
        for (var i = 0; i < qi; i++)
        {
            if (t[i].Kind != TokenKind.Punct)
            {
                return false;
            }
        }

        return true;
    }

    // The longest opening stretch of a title-case name run that names someone the article knows: "Reyes Sees" is Reyes.
    private Entity? KnownPart(Mention m)
    {
        var words = m.Text.Split(' ');
        for (var n = words.Length; n > 0; n--)
        {
            if (state.Find(string.Join(' ', words, 0, n)) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    // "Ana Lind Takes On Reyes": a run opening with a known first name starts with that person's name.
    private Entity? LeadingPersonName(Mention m)
    {
        var words = m.Text.Split(' ');
        var gender = NameWords.GenderOfFirstName(words[0]);
        return words.Length < 3 || gender == Gender.Unknown || !char.IsUpper(words[1][0])
            ? null
            : state.Learn(m with { Text = words[0] + " " + words[1], Gender = gender, Role = null, RoleText = null }, -1);
    }

    // After the quote: `,” Peskov said`, `,” said Mayor Ana Ortiz`, `,” he added`, `” — Commissioner Geoffrey Starks`.
    private CueEvent? Trailer(Paragraph p, int qi, List<CueEvent> events)
    {
        var t = p.Tokens;
        var start = qi + 1;
        while (start < t.Count && t[start].Kind == TokenKind.Punct && t[start].Text is "," or "—" or "-" or "(")
        {
            start++;
        }

        // A quote closed by a full stop ends its sentence: a speaker and verb after it open the next one
        // ("… neighborhood.” Russia insisted that …"), unless they end right there ("….” she said.").
        var quoteEndsSentence = t[qi].EndsSentence;
        foreach (var e in events)
        {
            if (e.Cue > qi && (e.First == start || (e.Cue == start && e.First >= start)))
            {
                // "….” Ann Lee added that …": "added" says she spoke the sentence before too.
                if (!quoteEndsSentence || MentionContext.EndsSentenceAfter(t, Math.Max(e.Cue, e.Last)))
                {
                    return e;
                }

                if (t[e.Cue].Lower is "added" or "adds" or "continued" or "continues")
                {
                    return e with { Confidence = e.Confidence * 0.85 };
                }
            }
        }

        // `,” Leonard E. Burman, director of the … center, said` and `” of the plans, Mr. Holtz-Eakin said.`:
        // the speaker-and-verb stretch closes the sentence the quote stands in.
        var sentenceEnd = start;
        while (!quoteEndsSentence && sentenceEnd < t.Count && t[sentenceEnd].Kind != TokenKind.Quote && !(t[sentenceEnd].Kind == TokenKind.Punct && t[sentenceEnd].EndsSentence))
        {
            sentenceEnd++;
        }

        foreach (var e in events)
        {
            if (e.Cue > qi && e.Cue < sentenceEnd && e.Speaker is not null)
            {
                var closes = Math.Max(e.Cue, e.Last) + 1 >= sentenceEnd;
                // `,” panel Chairman Rep. Ann Lee said`: a few modifier words may precede the speaker's name.
                var apposed = e.First >= start && e.First - start <= 4 && Enumerable.Range(start, e.First - start).All(i => t[i].IsWord && !CueVerbs.IsCue(t[i].Lower) && t[i].Lower is not ("that" or "as" or "when" or "after" or "before" or "while"));
                if (apposed || closes)
                {
                    return e with { Confidence = e.Confidence * (apposed ? 1 : 0.85) };
                }

                break;
            }
        }

        // Dash attribution: `…” — Commissioner Geoffrey Starks` with no verb.
        if (start > qi + 1 && t[qi + 1].Text == "—" && SpeakerMentionFinder.StartingAt(t, start, t.Count) is { Kind: MentionKind.Name } m)
        {
            var e = state.Learn(m, t[start].Start);
            return new CueEvent(start, start, m.LastToken, e, m.RoleText, AttributionKind.Explicit, 0.85);
        }

        return null;
    }

    // `“…,” says the cheerful skipper`: a speech verb right after the quote, then a description.
    private static bool SaidBySomeoneUnread(IReadOnlyList<Token> t, int qi)
    {
        var verb = qi + 1;
        while (verb < t.Count && t[verb].Text is "," or "—")
        {
            verb++;
        }

        return verb + 1 < t.Count && t[verb].IsWord && CueVerbs.IsCue(t[verb].Lower) && t[verb].Lower is not ("according" or "told" or "tells") &&
            t[verb + 1].Lower is "the" or "a" or "an" or "one" or "another";
    }

    // "Unlike Al Reyes, he …", "Like Lind, she …": a name the clause sets against its subject is someone else, never whom
    // the pronouns after it mean.
    private static bool SetAgainst(IReadOnlyList<Token> t, int first) =>
        first > 0 && t[first - 1].Lower is "unlike" or "like" or "besides" or "except" or "alongside" or "than";

    // A mention is a sentence's subject when it opens it (after an opening phrase too: "On Tuesday, Ann Lee warned")
    // and a verb, not a preposition, follows; or when a speech verb follows it.
    private static bool IsSubject(IReadOnlyList<Token> t, int first, int last)
    {
        // "hopes for Ann Lee winning" is no subject: a participle after a preposition's object only describes it.
        if (last + 1 < t.Count && CueVerbs.IsCue(t[last + 1].Lower))
        {
            return !(CueVerbs.IsParticiple(t[last + 1].Lower) && MentionContext.AfterPreposition(t, first));
        }

        // "Lee recalled that before the vote, Reyes was …": a name in the words reported is not whom the sentence is about.
        if (ReportedBefore(t, first))
        {
            return false;
        }

        // "While Ann Lee had …" is a subordinate clause's subject, not what the sentence is about.
        if (first > 0 && OpensClause(t[first - 1].Lower))
        {
            return false;
        }

        var opens = first == 0 || SentenceStart(t, first) >= first - 1 || t[first - 1].Text == ",";
        if (!opens || last + 1 >= t.Count)
        {
            return opens && last + 1 >= t.Count;
        }

        var next = t[last + 1];
        // "Ann Lee, 59, of Ohio, said" and "Lee, who …, blasted": a name that opens its sentence before a comma is its subject.
        if (next.Text == "," && (first == 0 || SentenceStart(t, first) >= first - 1))
        {
            return true;
        }

        return next.IsWord && !next.IsCapitalized && next.Lower is not ("of" or "and" or "or" or "for" or "in" or "on" or "at" or "to" or "with" or "from" or "by");
    }

    // Words that open a subordinate clause ("While Ann Lee had …", "When told …,").
    private static bool OpensClause(string lower) =>
        lower is "while" or "when" or "if" or "although" or "though" or "because" or "since" or "after" or "before" or "unless" or "whereas"
            or "until" or "as" or "once";

    // A speech verb before the mention in its sentence, neither set after a quote nor in an opening clause ("When told …,"):
    // the mention stands in the words reported.
    private static bool ReportedBefore(IReadOnlyList<Token> t, int first)
    {
        var start = SentenceStart(t, first);
        for (var i = start + 1; i + 1 < first; i++)
        {
            if (t[i].IsWord && CueVerbs.IsCue(t[i].Lower) && !CueVerbs.IsParticiple(t[i].Lower) && t[i].Lower is not "according" && t[i - 1].Kind != TokenKind.Quote &&
                !(t[i - 1].Text is "," && i > 1 && t[i - 2].Kind == TokenKind.Quote) &&
                !OpensClause(t[i - 1].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // A headline: `‘They’re bugs!’ Putin issues warning`, `‘Don’t interfere,’ Russian regulators tell …`.
    private CueEvent? Headline(Paragraph p, int qi)
    {
        var t = p.Tokens;
        var headlineLike = p.InHeadline || (t.Count > 0 && !(t[^1].Kind == TokenKind.Punct && t[^1].EndsSentence) && t.Count < 40);
        if (!headlineLike || qi != 0 && !StartsParagraph(t, qi))
        {
            return null;
        }

        var start = qi + 1;
        while (start < t.Count && t[start].Kind == TokenKind.Punct && t[start].Text is "," or ":")
        {
            start++;
        }

        var m = SpeakerMentionFinder.StartingAt(t, start, t.Count);
        if (m is null || m.Possessive || m.LastToken + 1 >= t.Count || !t[m.LastToken + 1].IsWord || t[m.LastToken + 1].IsCapitalized)
        {
            return null;
        }

        var (speaker, kind, confidence) = Resolve(m, p, t[start].Start);
        return speaker is null ? null : new CueEvent(start, start, m.LastToken, speaker, m.RoleText, AttributionKind.Headline, Math.Min(confidence, 0.8));
    }

    // Before the quote, in the same sentence: `Putin said: “`, `he argued, “`, `The spokesman told journalists that “`.
    private static CueEvent? Lead(Paragraph p, int qi, List<CueEvent> events)
    {
        var t = p.Tokens;
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Last >= qi || e.Cue >= qi)
            {
                continue;
            }

            // "According to Interfax, Google's press service cited the “…”": the agency only passes on what the
            // sentence's own speaker said.
            if (t[e.Cue].Lower is "according" && k > 0 && events[k - 1] is { Speaker: not null } other && other.Cue >= SentenceStart(t, e.Cue) &&
                other.Cue < qi && t[other.Cue].Lower is not "according")
            {
                continue;
            }

            var gap = qi - Math.Max(e.Last, e.Cue) - 1;
            for (var i = Math.Max(e.Last, e.Cue) + 1; i < qi; i++)
            {
                // "… posted screenshots after receiving a message saying, “…”": the message's words, not the poster's.
                if (t[i].Kind == TokenKind.Quote || (t[i].Kind == TokenKind.Punct && t[i].EndsSentence) ||
                    (t[i].IsWord && CueVerbs.IsCue(t[i].Lower) && CueVerbs.IsParticiple(t[i].Lower) && AfterCommonNoun(t, i)))
                {
                    return null;
                }
            }

            var lastGap = gap == 0 ? null : t[qi - 1].Text;
            if (gap == 0 || (gap <= 10 && lastGap is ":" or "," or "that" or "—"))
            {
                return e;
            }

            // Quoted words later in the reporting sentence ("Lavrov said Russia is ready to “sever ties”"), unless
            // someone else acts in between ("she said, but as Tom Reyes went on about “…”").
            return gap <= 30 && !AnotherClauseActs(t, Math.Max(e.Last, e.Cue) + 1, qi) ? e with { Confidence = e.Confidence * 0.85 } : null;
        }

        return null;
    }

    // "The channel is known for compiling a “list of enemies”": words quoted inside a later sentence of the writer's, with
    // no speech verb, are a term or a scare quote, not more of the speaker's words.
    private static bool WritersOwnSentence(IReadOnlyList<Token> t, int speakerToken, int qi)
    {
        var start = SentenceStart(t, qi);
        if (start <= speakerToken || start >= qi || !t[qi - 1].IsWord)
        {
            return false;
        }

        for (var i = start; i < qi; i++)
        {
            // An earlier term quoted inside the same sentence ("known for a “list of enemies” and “…”") keeps it the writer's.
            if ((t[i].Kind == TokenKind.Quote && (i == start || !t[i - 1].IsWord)) || (t[i].IsWord && (CueVerbs.IsCue(t[i].Lower) || NameWords.IsPronoun(t[i].Lower))))
            {
                return false;
            }
        }

        return true;
    }

    // "she said, but her son dozed off, and as Tom Reyes went on about “…”": after a comma and a conjunction, a name or
    // pronoun between from and to opens a clause of someone else's.
    private static bool AnotherClauseActs(IReadOnlyList<Token> t, int from, int to)
    {
        var newClause = false;
        for (var i = from; i < to; i++)
        {
            newClause |= t[i].Text == ";" || (t[i].Text == "," && i + 1 < to && t[i + 1].Lower is "but" or "and" or "while" or "as" or "when" or "although" or "though" or "whereas");
            if (newClause && t[i].IsWord && (NameWords.IsPronoun(t[i].Lower) || SpeakerMentionFinder.IsNameToken(t, i)))
            {
                return true;
            }
        }

        return false;
    }

    // "Peskov said phones should not be used for state business. “Any smartphone …”": a quote that opens the sentence
    // after one reporting what someone said, with no speech verb of its own, goes on in that speaker's words.
    private static CueEvent? AfterReportedSpeech(Paragraph p, int qi, List<CueEvent> events)
    {
        var t = p.Tokens;
        if (qi < 3 || !(t[qi - 1].Kind == TokenKind.Punct && t[qi - 1].EndsSentence))
        {
            return null;
        }

        var start = SentenceStart(t, qi - 1);
        var reported = ReportedSpeechBefore(t, events, start, qi - 1);
        return reported is null ? null : reported with { Cue = qi, First = qi, Last = qi, Kind = AttributionKind.Context, Confidence = Math.Min(0.75, reported.Confidence * 0.85) };
    }

    // The sure speech cue of the sentence tokens[start..end), when the sentence is reported speech with no quote in it.
    private static CueEvent? ReportedSpeechBefore(IReadOnlyList<Token> t, IReadOnlyList<CueEvent> events, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (t[i].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        CueEvent? found = null;
        foreach (var e in events)
        {
            if (e.Cue >= start && e.Cue < end && e.Speaker is not null)
            {
                if (found is not null && found.Speaker != e.Speaker)
                {
                    return null; // two speakers in the sentence: no telling whose words follow
                }

                found ??= e;
            }
        }

        return found is { Confidence: >= SureSpeaker } && t[found.Cue].Lower is not "according" ? found : null;
    }

    // "Durning did not need much coaxing. “I'm thankful …”": a quote that stands as a sentence of its own, with no
    // speech verb, after a sentence about someone, is most likely theirs.
    private CueEvent? AfterSubjectSentence(Paragraph p, int qi)
    {
        var t = p.Tokens;
        if (qi < 3 || !(t[qi - 1].Kind == TokenKind.Punct && t[qi - 1].EndsSentence) || !t[qi].EndsSentence && !MentionContext.EndsSentenceAfter(t, qi) && !(qi + 1 < t.Count && t[qi + 1].Kind == TokenKind.Quote))
        {
            return null;
        }

        var start = SentenceStart(t, qi - 1);
        if (start >= qi - 2 || !t[start].IsWord)
        {
            return null;
        }

        Mention? subject = null;
        for (var i = start; i < qi - 1; i++)
        {
            if (t[i].Kind == TokenKind.Quote || (t[i].IsWord && CueVerbs.IsCue(t[i].Lower)))
            {
                return null;
            }

            if (IsNameRunEnd(t, i) && SpeakerMentionFinder.EndingAt(t, i, start) is { Kind: MentionKind.Name } m)
            {
                if (subject is not null || m.FirstToken != start || !IsSubject(t, m.FirstToken, i))
                {
                    return null; // a second name, or one that is not what the sentence is about
                }

                subject = m;
            }
        }

        if (subject is null || state.Find(subject.Text) is not { } e || !e.IsPersonLike)
        {
            return null;
        }

        // Someone not yet quoted is a less sure owner of the words than someone the text has let speak.
        return new CueEvent(qi, qi, qi, e, e.RoleText, AttributionKind.Context, e.Spoke ? 0.65 : 0.62);
    }

    // “…” “…” — Ann Lee: a paragraph of quotes signed with a dash and a name at its end is all that person's.
    private CueEvent? Signature(Paragraph p, int qi)
    {
        var t = p.Tokens;
        var last = t.Count - 1;
        if (last >= 0 && t[last].Kind == TokenKind.Punct && t[last].EndsSentence)
        {
            last--;
        }

        var quote = last;
        while (quote > qi && t[quote].Kind != TokenKind.Quote)
        {
            quote--;
        }

        if (quote <= qi || quote + 2 > last || t[quote + 1].Text != "—" ||
            SpeakerMentionFinder.StartingAt(t, quote + 2, t.Count) is not { Kind: MentionKind.Name, Possessive: false } m || m.LastToken != last)
        {
            return null;
        }

        var (speaker, kind, confidence) = Resolve(m, p, t[quote + 2].Start);
        return speaker is null ? null : new CueEvent(quote + 2, quote + 2, last, speaker, m.RoleText, kind, confidence * 0.85);
    }

    // "including the former mayor Ann Lee — “…” — and …": a quote set off by a dash right after a name.
    private CueEvent? DashLead(Paragraph p, int qi)
    {
        var t = p.Tokens;
        if (qi < 2 || t[qi - 1].Text != "—" || !IsNameRunEnd(t, qi - 2) ||
            SpeakerMentionFinder.EndingAt(t, qi - 2, SentenceStart(t, qi - 2)) is not { Kind: MentionKind.Name, Possessive: false } m ||
            MentionContext.AfterPreposition(t, m.FirstToken) || IsHeadingLabel(t, m))
        {
            // "… supportive of Mayor Reyes — “…”" quotes someone else about him.
            return null;
        }

        var (speaker, kind, confidence) = Resolve(m, p, t[qi - 2].Start);
        return speaker is null ? null : new CueEvent(qi - 2, m.FirstToken, qi - 2, speaker, m.RoleText, kind, confidence * 0.85);
    }

    // "FAREWELL — “…”", "PSA — “…”": one word in capitals opening a line is a digest's heading, not a name.
    private static bool IsHeadingLabel(IReadOnlyList<Token> t, Mention m) =>
        m.FirstToken == m.LastToken && StartsParagraph(t, m.FirstToken) && t[m.FirstToken].Text.Length > 1 && t[m.FirstToken].Text.All(c => !char.IsLower(c));

    // "He then changed his words: “…”": a colon hands the quote to the sentence's subject even without a speech verb.
    private CueEvent? ColonLead(Paragraph p, int qi)
    {
        var t = p.Tokens;
        if (qi == 0 || t[qi - 1].Text != ":")
        {
            return null;
        }

        // The sentence's subject has it ("With leaders worried about Ann Lee, Mayor Reyes is rolling out a message:");
        // a name only mentioned on the way is a guess.
        var sentenceStart = SentenceStart(t, qi - 1);
        // "Ana Lind: ‘We will …’" and "Pollsters agree - Tom Baker: “…”": a name standing alone before the colon labels
        // whose words follow.
        if (qi >= 2 && IsNameRunEnd(t, qi - 2) && SpeakerMentionFinder.EndingAt(t, qi - 2, sentenceStart) is { Kind: MentionKind.Name, Possessive: false } label &&
            (label.FirstToken == sentenceStart || t[label.FirstToken - 1].Text is "-" or "—" or "–") && !(label.FirstToken == sentenceStart && IsLoneOpeningWord(t, label, sentenceStart)))
        {
            return ColonCue(p, label, qi - 2, 0.85);
        }

        (Mention Mention, int End)? mentioned = null;
        for (var i = sentenceStart; i < qi - 1; i++)
        {
            if (t[i].Kind == TokenKind.Quote)
            {
                return null;
            }

            var m = IsNameRunEnd(t, i) || NameWords.IsPronoun(t[i].Lower) || (i > sentenceStart && NameWords.RoleNoun(t[i].Text, out _) is not null)
                ? SpeakerMentionFinder.EndingAt(t, i, sentenceStart) : null;
            // "Governance lassitude was on display when …": a lone capitalised word opening the sentence, never named
            // elsewhere, is no name; a description counts only as what opens the sentence ("Surrey staff explained:").
            if (m is { Kind: MentionKind.Name } && m.FirstToken == sentenceStart && !m.Text.Contains(' ', StringComparison.Ordinal) && m.Role is null &&
                state.Find(m.Text) is null && NameWords.GenderOfFirstName(m.Text) == Gender.Unknown)
            {
                continue;
            }

            if (m is { Kind: MentionKind.Description } && m.FirstToken != sentenceStart)
            {
                continue;
            }

            if (m is { Possessive: false } && !ModifiesRole(t, m))
            {
                if (IsSubject(t, m.FirstToken, i))
                {
                    return ColonCue(p, m, i, 0.85);
                }

                mentioned ??= (m, i);
            }
        }

        return mentioned is { } only ? ColonCue(p, only.Mention, only.End, 0.6) : null;
    }

    private CueEvent? ColonCue(Paragraph p, Mention m, int end, double weight)
    {
        var (speaker, kind, confidence) = Resolve(m, p, p.Tokens[end].Start);
        return speaker is null ? null : new CueEvent(end, m.FirstToken, end, speaker, m.RoleText, kind, confidence * weight);
    }

    // A transcript quoted whole: “WALLACE: Let’s start …” names its speaker in capitals before a colon.
    private CueEvent? TranscriptLabel(Paragraph p, int qi)
    {
        var q = p.Quotes[p.Tokens[qi].QuoteIndex];
        var colon = p.Source.IndexOf(':', q.Start, Math.Min(30, q.End - q.Start));
        if (colon < 0)
        {
            return null;
        }

        var label = p.Source[q.Start..colon].Trim();
        if (label.Length < 2 || label.Any(c => char.IsLower(c) || char.IsDigit(c)) || !label.Any(char.IsLetter))
        {
            return null;
        }

        var name = string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + w[1..].ToLowerInvariant()));
        var speaker = state.Find(name) ?? state.Learn(new Mention(MentionKind.Name, qi, qi, name, null, null, null, Gender.Unknown, false, false), q.Start);
        return new CueEvent(qi, qi, qi, speaker, speaker.RoleText, AttributionKind.Explicit, 0.9);
    }

    private CueEvent? CueAt(Paragraph p, int j, List<CueEvent> earlier)
    {
        var t = p.Tokens;
        var lower = t[j].Lower;
        Mention? m = null;
        Mention? partner = null;
        var first = j;
        var last = j;
        if (lower == "according")
        {
            if (j + 1 < t.Count && t[j + 1].Is("to"))
            {
                m = SpeakerMentionFinder.StartingAt(t, j + 2, t.Count);
                last = m?.LastToken ?? j + 1;
            }
        }
        else if (QuotedAsSaying(t, j) is { } quoted)
        {
            m = quoted;
            first = quoted.FirstToken;
        }
        else if (CueVerbs.IsParticiple(lower) && AfterCommonNoun(t, j) && ((j + 1 < t.Count && t[j + 1].Text is "," or ":") || MentionContext.AfterPreposition(t, j - 1)))
        {
            // "in his memo to employees explaining the deal": the noun is what the participle describes, no speaker.
            // "after receiving an error message saying, “…”": a thing, not a person, says it; nobody here speaks.
            return null;
        }
        else if ((CueVerbs.IsParticiple(lower) && !AfterCommonNoun(t, j)) || (j > 0 && t[j - 1].Lower is "and" or "but"))
        {
            // ", saying: “…”" and "… and said": the speaker is the sentence's subject, the speaker of its first cue.
            var sentenceStart = SentenceStart(t, j);
            // "he said, Senator Lee added that …, claiming": the nearest reporting clause's subject.
            var prior = earlier.LastOrDefault(e => e.Cue >= sentenceStart && e.Cue < j && e.Speaker is not null);
            if (prior is not null)
            {
                return prior with { Cue = j, First = prior.First, Last = j };
            }

            // The sentence's subject says it ("Speaking to the Harbour Times on Monday, Lind said …, adding"); failing one,
            // the first name that may act.
            Mention? firstFit = null;
            for (var i = sentenceStart; i < j && m is null; i++)
            {
                if (t[i].Kind == TokenKind.Quote)
                {
                    break;
                }

                var candidate = IsNameRunEnd(t, i) || NameWords.IsPronoun(t[i].Lower) ? SpeakerMentionFinder.EndingAt(t, i, sentenceStart) : null;
                // "the attention of the Senate, where …, for saying": a name after a preposition is not who acts, unless the
                // participle follows it ("footage of Ann Lee asking").
                var fits = candidate is { Possessive: false } && (!MentionContext.AfterPreposition(t, candidate.FirstToken) || candidate.LastToken == j - 1) && !ModifiesRole(t, candidate) &&
                    !IsLoneOpeningWord(t, candidate, sentenceStart) && !IsPlaceAfterComma(t, candidate);
                if (fits)
                {
                    firstFit ??= candidate;
                    m = IsSubject(t, candidate!.FirstToken, candidate.LastToken) ? candidate : null;
                }
            }

            m ??= firstFit;

            first = m?.FirstToken ?? j;
        }
        else
        {
            var afterQuote = j > 0 && (t[j - 1].Kind == TokenKind.Quote || (t[j - 1].Text is "," or "—" && j > 1 && t[j - 2].Kind == TokenKind.Quote));
            var takesListener = lower is "told" or "tells";
            afterQuote &= !takesListener;
            if (!afterQuote && !takesListener && j > 0 && t[j - 1].Text == "," &&
                (SpeakerMentionFinder.StartingAt(t, j + 1, t.Count) ?? AppositionReader.DescribedNameAfter(t, j + 1)) is { Kind: MentionKind.Name } inverted &&
                MentionContext.EndsSentenceAfter(t, inverted.LastToken) && (inverted.LastToken + 1 >= t.Count || (t[inverted.LastToken + 1].Kind == TokenKind.Punct && (t[inverted.LastToken + 1].EndsSentence || t[inverted.LastToken + 1].Text == ","))))
            {
                // "…, noted the bank's Ann Lee.": the speaker after the verb closes the sentence; "…, asks harbour editor Ann Lee,
                // “…”" and "The pier, insists Tom Reyes, is unsafe" set the inverted speaker off between commas.
                afterQuote = true;
            }

            // "Said Reyes: “…”": a sentence that opens with the verb names the speaker after it.
            afterQuote |= !takesListener && t[j].IsCapitalized && SentenceStart(t, j) == j &&
                SpeakerMentionFinder.StartingAt(t, j + 1, t.Count) is { } opening && opening.LastToken + 1 < t.Count && t[opening.LastToken + 1].Text is ":" or ",";

            if (afterQuote)
            {
                var after = PointsOut(t, j) ? j + 2 : j + 1;
                m = SpeakerMentionFinder.StartingAt(t, after, t.Count) ?? AppositionReader.DescribedNameAfter(t, after);
                if (m is { Possessive: true } owner)
                {
                    // "says Lind's husband, Darrin": the one the possessive belongs to is not who speaks.
                    m = AppositionReader.NameAfterOwnedDescription(t, owner) ?? AppositionReader.NameAfterRoleWords(t, owner.LastToken + 1);
                    if (m is null)
                    {
                        return new CueEvent(j, j, owner.LastToken, null, null, AttributionKind.None, 0);
                    }
                }

                if (m is { Possessive: false } && AppositionReader.NameAfterDescription(t, m) is { } described)
                {
                    m = described;
                }

                // `,” said former secretary of state Ann Lee.`: a longer role before the full name than a description reads.
                if (m is null or { Kind: MentionKind.Description } && AppositionReader.NameAfterRoleWords(t, after) is { } titled)
                {
                    m = titled;
                }

                if (m is not null)
                {
                    last = m.LastToken;
                    m = AppositionReader.WithApposition(t, m, m.LastToken + 1, forward: true);
                }
            }

            if (m is null)
            {
                var p2 = SpeakerVerbGap.SkipBack(t, j - 1);

                if (p2 >= 0 && t[p2].Text == ",")
                {
                    m = AppositionReader.Apposed(t, p2);
                }
                else if (p2 >= 2 && t[p2].Lower is "who" && RelativeAntecedent(t, p2 - 1) is { } antecedent)
                {
                    // "Sen. Ana Lind of Ohio, the panel's top Democrat, who said …": the one the relative clause is about.
                    m = antecedent;
                }
                else if (p2 >= 0)
                {
                    m = SpeakerMentionFinder.EndingAt(t, p2, SentenceStart(t, p2));
                    m = m is null ? null : AppositionReader.PersonBeforeAffiliation(t, m) ?? AppositionReader.NameBeforeUnclosedApposition(t, m) ?? m;
                    partner = m is { Kind: MentionKind.Name, Possessive: false } ? PartnerBefore(t, m) : null;
                }

                if (m is { Possessive: true })
                {
                    m = null;
                }

                first = partner?.FirstToken ?? m?.FirstToken ?? j;
            }
        }

        if (m is null)
        {
            return null;
        }

        var (speaker, kind, confidence) = Resolve(m, p, t[j].Start);
        if (partner is not null && speaker is not null && speaker.IsPersonLike && Resolve(partner, p, t[partner.FirstToken].Start).Speaker is { IsPersonLike: true } other && other != speaker)
        {
            // "The owners, Ana Lind and Tom Reyes, said": the two speak together, and a later "they said" is both.
            speaker = state.Pair(other, speaker);
        }

        if (m.Kind == MentionKind.Pronoun && speaker is not null && IsFrontedTopic(t, m.FirstToken, speaker))
        {
            // "Schumer, he said, “knows his colleagues”": the name is whom he speaks about; he is who spoke before.
            var pronounGender = NameWords.GenderOfWord(m.Text);
            speaker = state.LastSpeaker is { } before && before != speaker && before.IsPersonLike &&
                (before.Gender == Gender.Unknown || pronounGender == Gender.Unknown || before.Gender == pronounGender) ? before : null;
            confidence = speaker is null ? 0 : 0.7;
        }

        return new CueEvent(j, first, last, speaker, m.RoleText, kind, confidence);
    }

    // The person a "who" clause hangs on: the name right before it, or the name before the apposition that ends there.
    private static Mention? RelativeAntecedent(IReadOnlyList<Token> t, int before)
    {
        // "…, Patti Lane and Stevie Ray, who joked": the name right before the comma, not one apposed further back.
        var nameEnd = t[before].Text == "," ? before - 1 : before;
        var m = IsNameRunEnd(t, nameEnd) ? SpeakerMentionFinder.EndingAt(t, nameEnd, SentenceStart(t, nameEnd)) : null;
        if (m is null && t[before].Text == ",")
        {
            // "Sen. Ana Lind of Ohio, the panel's top Democrat, who": the name before the comma that opens the apposition.
            var open = before - 1;
            while (open > 0 && open >= before - 25 && t[open].Text != "," && t[open].Kind != TokenKind.Quote && !t[open].EndsSentence)
            {
                open--;
            }

            var named = open > 0 && t[open].Text == "," && IsNameRunEnd(t, open - 1) ? SpeakerMentionFinder.EndingAt(t, open - 1, SentenceStart(t, open - 1)) : null;
            m = named is null ? null : AppositionReader.PersonBeforeAffiliation(t, named) ?? named;
        }

        // "Govs. Ann Lee and Tom Reyes, who say": a clause about several people names no one speaker.
        return m is { Kind: MentionKind.Name, Possessive: false } && m.Text.Contains(' ', StringComparison.Ordinal) && !(m.FirstToken > 0 && t[m.FirstToken - 1].Lower is "and" or "or" or "&") ? m : null;
    }

    // "Ana Lind and Tom Reyes said": the first of two people named together as the subject; null unless both are names
    // and the pair opens its clause (not "a deal between Lind and Reyes").
    private static Mention? PartnerBefore(IReadOnlyList<Token> t, Mention m)
    {
        if (m.FirstToken < 2 || t[m.FirstToken - 1].Lower is not "and" || !m.Text.Contains(' ', StringComparison.Ordinal) || !IsNameRunEnd(t, m.FirstToken - 2))
        {
            return null;
        }

        var start = SentenceStart(t, m.FirstToken - 2);
        return SpeakerMentionFinder.EndingAt(t, m.FirstToken - 2, start) is { Kind: MentionKind.Name, Possessive: false } a && a.Text.Contains(' ', StringComparison.Ordinal) &&
            !MentionContext.AfterPreposition(t, a.FirstToken) && (a.FirstToken == start || !(t[a.FirstToken - 1].Lower is "between" or "and" or "with" or "," or "or"))
            ? a
            : null;
    }

    // "Schumer, he said, …": a name opening the sentence, then a comma and the pronoun.
    private bool IsFrontedTopic(IReadOnlyList<Token> t, int pronoun, Entity resolved) =>
        pronoun >= 2 && t[pronoun - 1].Text == "," && IsNameRunEnd(t, pronoun - 2) &&
        SpeakerMentionFinder.EndingAt(t, pronoun - 2, SentenceStart(t, pronoun - 2)) is { Kind: MentionKind.Name, Possessive: false } name &&
        name.FirstToken == SentenceStart(t, pronoun - 2) && state.Find(name.Text) == resolved;

    // "the press service quoted Piskarev as saying", "Interfax cited her as saying": the one quoted speaks, not who quotes.
    private static Mention? QuotedAsSaying(IReadOnlyList<Token> t, int j)
    {
        if (t[j].Lower is not "saying" || j < 3 || t[j - 1].Lower is not "as")
        {
            return null;
        }

        // "quoted him as saying": the object form stands for the subject pronoun.
        var pronoun = t[j - 2].Lower switch { "him" => "he", "her" => "she", "them" => "they", _ => null };
        var m = pronoun is not null
            ? new Mention(MentionKind.Pronoun, j - 2, j - 2, pronoun, null, null, null, NameWords.GenderOfWord(pronoun), pronoun == "they", false)
            : SpeakerMentionFinder.EndingAt(t, j - 2, SentenceStart(t, j - 2));
        if (m is null || m.Possessive || m.FirstToken < 1)
        {
            return null;
        }

        var verb = m.FirstToken - 1;
        return t[verb].Lower is "quoted" or "quotes" or "quoting" or "cited" or "cites" or "citing" ? m : null;
    }

    // "the Kinder Morgan pipeline": a name between "the" and a noun only describes the noun; nobody a pronoun could mean.
    private static bool ModifiesNoun(IReadOnlyList<Token> t, Mention m, int last) =>
        m.FirstToken > 0 && t[m.FirstToken - 1].Lower is "the" && last + 1 < t.Count && t[last + 1].IsWord && !t[last + 1].IsCapitalized &&
        !CueVerbs.IsCue(t[last + 1].Lower) && !SpeakerVerbGap.IsAdverb(t[last + 1].Text) && !SpeakerVerbGap.IsFiller(t[last + 1].Text) &&
        !t[last + 1].Lower.EndsWith("ed", StringComparison.Ordinal) && !t[last + 1].Lower.EndsWith('s') &&
        t[last + 1].Lower is not ("and" or "or" or "of" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from" or "who" or "which" or "that" or "are" or "were" or "says" or "can" or "could" or "should" or "must" or "may" or "might");

    // "Green Party candidate …", "Kremlin spokesman …": a capitalised word before a role describes it.
    private static bool ModifiesRole(IReadOnlyList<Token> t, Mention m)
    {
        var next = m.LastToken + 1;
        while (next + 1 < t.Count && t[next].IsWord && !t[next].IsCapitalized && NameWords.IsTitleModifier(t[next].Text))
        {
            next++; // "Green mayoral candidate"
        }

        if (m.Kind == MentionKind.Name && next < t.Count && t[next].IsWord && t[next].IsCapitalized && NameWords.IsTitle(t[next].Text))
        {
            // "Oregon Sen. Ana Lind", "Ohio Gov. Tom Baker": a place before a capitalised title and a name is the holder's.
            var name = next + 1 < t.Count && t[next + 1].Text == "." ? next + 2 : next + 1;
            return name < t.Count && SpeakerMentionFinder.IsNameToken(t, name);
        }

        return m.Kind == MentionKind.Name && next < t.Count && t[next].IsWord && !t[next].IsCapitalized &&
            (NameWords.IsTitle(t[next].Text) || NameWords.RoleNoun(t[next].Text, out _) is not null);
    }

    // "Speaking in Salem, Reyes …", "Asked about it, Lind …": a lone capitalised word opening the sentence that the text
    // never names elsewhere and that is no first name is a participle or an adverb, not someone.
    private bool IsLoneOpeningWord(IReadOnlyList<Token> t, Mention m, int sentenceStart)
    {
        if (m.Kind != MentionKind.Name || m.FirstToken != sentenceStart || m.Text.Contains(' ', StringComparison.Ordinal) || m.Role is not null ||
            state.Find(m.Text) is not null || NameWords.GenderOfFirstName(m.Text) != Gender.Unknown)
        {
            return false;
        }

        // "Obama also said" is someone; "Speaking at", "Asked about", "Interestingly," open a phrase.
        var word = m.Text.ToLowerInvariant();
        var next = m.LastToken + 1 < t.Count ? t[m.LastToken + 1].Lower : "";
        return word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal) ||
            next is "at" or "to" or "in" or "on" or "about" or "with" or "for" or "after" or "before" or "during" or "from" or "by" or "the" or "a";
    }

    // "… in Portland, Maine, on Tuesday": the second half of a place set off by commas after a preposition.
    private static bool IsPlaceAfterComma(IReadOnlyList<Token> t, Mention m)
    {
        var comma = m.FirstToken - 1;
        if (comma < 2 || t[comma].Text != "," || m.LastToken + 1 >= t.Count || t[m.LastToken + 1].Text != "," || !SpeakerMentionFinder.IsNameToken(t, comma - 1))
        {
            return false;
        }

        var first = comma - 1;
        while (first > 0 && SpeakerMentionFinder.IsNameToken(t, first - 1))
        {
            first--;
        }

        return MentionContext.AfterPreposition(t, first);
    }

    // "local bands writing songs", "a man saying": a participle right after a plural noun, or a noun after an article,
    // describes it; nobody is reported to speak.
    private static bool AfterCommonNoun(IReadOnlyList<Token> t, int j)
    {
        if (j == 0 || !t[j - 1].IsWord || t[j - 1].IsCapitalized)
        {
            return false;
        }

        var noun = t[j - 1].Lower;
        var plural = noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith("ous", StringComparison.Ordinal) &&
            noun is not ("was" or "has" or "does" or "is" or "keeps" or "starts" or "begins" or "stops" or "continues" or "goes" or "comes" or "seems" or "always" or "perhaps" or "besides" or "towards" or "afterwards" or "sometimes");
        // "an error message saying": a noun two words after its article.
        var article = (j > 1 && t[j - 2].Lower is "a" or "an" or "the" or "this" or "that" or "each" or "every") ||
            (j > 2 && t[j - 3].Lower is "a" or "an" or "the" && t[j - 2].IsWord && !t[j - 2].IsCapitalized);
        return plural || (article && !CueVerbs.IsCue(noun));
    }

    // "…,” points out the shop's owner": "point out" is speech; "point" alone seldom is.
    private static bool PointsOut(IReadOnlyList<Token> t, int j) =>
        t[j].Lower is "points" or "pointed" && j + 1 < t.Count && t[j + 1].Is("out");

    // "As Ann Lee put it, “…”": a turn of phrase for speech.
    private static bool PutsIt(IReadOnlyList<Token> t, int j) =>
        t[j].Lower is "put" or "puts" && j + 1 < t.Count && t[j + 1].Is("it");

    // "her statement read", "the post reads": a document's text is read out; whoever issued it speaks.
    private static bool DocumentReads(IReadOnlyList<Token> t, int j) =>
        t[j].Lower is "read" or "reads" && j > 0 && (NameWords.IsDocument(t[j - 1].Lower) || t[j - 1].Lower is "post" or "tweet" or "message" or "email" or "e-mail" or "note" or "sign");

    private (Entity? Speaker, AttributionKind Kind, double Confidence) Resolve(Mention m, Paragraph p, int position)
    {
        switch (m.Kind)
        {
            case MentionKind.Name:
                if (IsGroupName(m.Text) && state.Find(m.Text) is null)
                {
                    return (null, AttributionKind.None, 0);
                }

                var e = (p.InHeadline && p.IsTitleCase ? KnownPart(m) : null) ?? state.Learn(m, p.InHeadline ? -1 : position);
                MarkPersonByClause(p.Tokens, m, e);
                // "Moscow says": a capital speaks for its government, here the public body the text is about.
                if (m.Role is null && NameWords.IsCapitalCity(m.Text) && state.ResolvePronoun("it", p.Index, p.InHeadline ? -1 : position, out var capitalSure) is { } body &&
                    capitalSure >= 0.8 && body != e && NameWords.IsPublicBody(body.Name, body.Role))
                {
                    return (body, AttributionKind.Nominal, 0.75);
                }

                // "The regulator said …: “…”, Moscow says": the public body that has just spoken.
                if (m.Role is null && NameWords.IsCapitalCity(m.Text) && state.LastSpeaker is { } voice && voice != e && state.LastSpeakerParagraph >= p.Index - 1 &&
                    NameWords.IsPublicBody(voice.Name, voice.Role))
                {
                    return (voice, AttributionKind.Nominal, 0.7);
                }

                return (e, AttributionKind.Explicit, 0.95);
            case MentionKind.Pronoun:
                var r = state.ResolvePronoun(m.Text, p.Index, p.InHeadline ? -1 : position, out var confidence);
                // A sure "she" teaches the entity its gender; a guess must not, or it would steal every "she" after it.
                if (r is not null && r.Gender == Gender.Unknown && m.Gender != Gender.Unknown && confidence >= 0.8)
                {
                    r.Gender = m.Gender;
                }

                return (r, AttributionKind.Pronoun, confidence);
            default:
                // "a spokesperson", "one official": an indefinite description brings in someone new, never one named before.
                var indefinite = p.Tokens[m.FirstToken].Lower is "a" or "an" or "one" or "another";
                var found = indefinite ? null : state.ResolveRole(m.Text, m.Affiliation, p.InHeadline ? -1 : position, out _);
                if (found is not null && m.Plural && found.IsPersonLike)
                {
                    found = null;
                }

                // "the company" is any company: one given that label paragraphs ago ("cloud company Acme") yields to the
                // company the text is about now, when the text is sure of it.
                if (found is not null && !m.Plural && NameWords.IsBusinessRole(m.Role ?? m.Text) && !OwnedBy(p.Tokens, m) &&
                    state.LastParagraphOf(found) < p.Index - 1 &&
                    state.ResolveDefinite(m.Role ?? m.Text, organisation: true, Gender.Unknown, p.Index, p.InHeadline ? -1 : position, out var current) is { } now &&
                    now != found && current >= 0.8)
                {
                    return (now, AttributionKind.Nominal, 0.7);
                }

                if (found is not null)
                {
                    return (found, AttributionKind.Nominal, m.Plural ? 0.65 : 0.8);
                }

                // "the commission" after "the European Commission": the body whose own name the noun is.
                var organisation = NameWords.IsOrganisationRole(m.Role ?? m.Text);
                if (!indefinite && !m.Plural && organisation && !OwnedBy(p.Tokens, m) && state.FindByHeadWord(m.Role ?? m.Text) is { } named)
                {
                    return (named, AttributionKind.Nominal, 0.75);
                }

                // "the company", "the self-taught resident": with no holder of the role named, whom the text is about.
                if (!indefinite && !m.Plural && !OwnedBy(p.Tokens, m) && state.ResolveDefinite(m.Role ?? m.Text, organisation, m.Gender, p.Index, p.InHeadline ? -1 : position, out var sure) is { } about &&
                    (sure >= 0.8 || (sure >= 0.6 && !organisation && IsEpithet(p.Tokens, m))))
                {
                    return (about, AttributionKind.Nominal, sure >= 0.8 ? 0.7 : 0.65);
                }

                if (!indefinite && !m.Plural && !DescribesAlone(m))
                {
                    return (null, AttributionKind.None, 0);
                }

                // Nobody the article names: the honest speaker is the description itself.
                var described = state.Describe(DescriptionText(p.Tokens, m), m, p.InHeadline ? -1 : position);
                return (described, AttributionKind.Nominal, m.Plural ? 0.65 : 0.75);
        }
    }

    // "said Ramos, whose book …", "Lind, 58, said": a "who" clause or an age after a lone name marks a person, whom a later
    // "he" or "she" may mean; a bare surname alone could as well be a firm's name.
    private static void MarkPersonByClause(IReadOnlyList<Token> t, Mention m, Entity e)
    {
        var comma = m.LastToken + 1;
        if (e.Type != SpeakerType.Unknown || e.Name.Contains(' ', StringComparison.Ordinal) || comma + 1 >= t.Count || t[comma].Text != ",")
        {
            return;
        }

        var next = t[comma + 1];
        var age = next.Text.Length <= 3 && next.Text.All(char.IsDigit) && comma + 2 < t.Count && t[comma + 2].Text == ",";
        if (next.Lower is "who" or "whose" || age)
        {
            e.Type = SpeakerType.Person;
        }
    }

    // "the laid-back Cambridge resident", "the 39-year-old founder": words heaped on a role after "the" describe someone
    // the reader already knows, as feature writing does for the person it is about.
    private static bool IsEpithet(IReadOnlyList<Token> t, Mention m) =>
        t[m.FirstToken].Lower is "the" && m.LastToken - m.FirstToken >= 3;

    // "Google's press service", "the port's spokesman": the description names whose it is, so it is nobody else in view.
    private static bool OwnedBy(IReadOnlyList<Token> t, Mention m)
    {
        for (var i = m.FirstToken; i < m.LastToken; i++)
        {
            if (SpeakerMentionFinder.IsPossessive(t[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "the company", "the mayor" need someone the article introduced; "the Tverskoi court" or "the father" is a speaker
    // on its own only when it carries a name or a kinship the reader can place.
    private static bool DescribesAlone(Mention m) => m.Affiliation is not null;

    // The description as the article words it, from its determiner: "a TransLink spokesperson", "Ukrainian officials".
    private static string DescriptionText(IReadOnlyList<Token> t, Mention m)
    {
        var words = new List<string>();
        // "the Russian embassy" is a body's name for itself: "Russian embassy".
        var organisation = NameWords.IsOrganisationRole(m.Role ?? m.Text);
        for (var i = m.FirstToken; i <= m.LastToken && i < t.Count; i++)
        {
            if (t[i].IsWord && !(organisation && words.Count == 0 && t[i].Lower is "the"))
            {
                var w = Mojibake.Repair(i == m.LastToken ? SpeakerMentionFinder.StripPossessive(t[i].Text) : t[i].Text);
                words.Add(words.Count == 0 && NameWords.IsNotName(w) ? w.ToLowerInvariant() : w);
            }
        }

        return string.Join(' ', words);
    }

    // "the regulator, Roskomnadzor," and "Roskomnadzor, Moscow’s digital watchdog,": role and name side by side.
    private void LearnApposition(IReadOnlyList<Token> t, int j, Mention m, int position)
    {
        if (m.Role is null && j + 1 < t.Count && t[j + 1].Text == ",")
        {
            var withRole = AppositionReader.WithApposition(t, m, j + 1, forward: true);
            if (withRole.Role is not null)
            {
                state.AssignRole(state.Learn(m with { Role = null }, position), withRole.Role, withRole.RoleText, position);
                return;
            }
        }

        var before = m.FirstToken - 1;
        if (m.Role is null && before >= 1 && t[before].Text == "," && j + 1 < t.Count && t[j + 1].Text is "," or "." &&
            SpeakerMentionFinder.EndingAt(t, before - 1, 0) is { Kind: MentionKind.Description, Plural: false } d)
        {
            state.AssignRole(state.Learn(m, position), d.Role!, d.RoleText, position);
        }
    }

    // "Republicans said", "Demonstrators said", "Residents say", "Fishermen say": a group, not a speaker anyone can be quoted as.
    private static bool IsGroupName(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.Length > 4 &&
        ((NameWords.RoleNoun(name, out var plural) is not null && plural) || name.EndsWith("ans", StringComparison.Ordinal) || name.EndsWith("ats", StringComparison.Ordinal) ||
         name.EndsWith("ists", StringComparison.Ordinal) || name.EndsWith("ers", StringComparison.Ordinal) || name.EndsWith("ors", StringComparison.Ordinal) ||
         name.EndsWith("ents", StringComparison.Ordinal) || name.EndsWith("ives", StringComparison.Ordinal) || (name.Length > 6 && name.EndsWith("men", StringComparison.Ordinal)));

    private static bool IsNameRunEnd(IReadOnlyList<Token> t, int j)
    {
        if (!SpeakerMentionFinder.IsNameToken(t, j))
        {
            return false;
        }

        if (SpeakerMentionFinder.IsPossessive(t[j].Text) || j + 1 >= t.Count)
        {
            return true;
        }

        var next = t[j + 1];
        if (next.IsWord && (SpeakerMentionFinder.IsNameToken(t, j + 1) || NameWords.IsNameConnector(next.Text) || SpeakerMentionFinder.IsOfConnector(t, j + 1)))
        {
            return false;
        }

        // "Vladimir V. Putin": an initial's dot does not end the name.
        return !(next.Text == "." && !next.EndsSentence && t[j].Text.Length == 1 && j + 2 < t.Count && SpeakerMentionFinder.IsNameToken(t, j + 2));
    }

    private static int SentenceStart(IReadOnlyList<Token> t, int j) => Sentences.Start(t, j);
}
