using BriefingBot.Core.Articles;
using BriefingBot.Core.Attribution;

namespace BriefingBot.Core.Extraction;

/// <summary>
/// Finds indirect speech with no quotation marks: "Ann Lee said (on Monday) (that) the plan was dead." and
/// "The plan was dead, Ann Lee said." Only for speakers named or resolved with high confidence, since a reported item
/// is shown to users as the writer's summary of what that person said.
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>Below this attribution confidence no reported speech is produced.</summary>
    public const double MinimumConfidence = 0.85;

    private const int MinimumWords = 5;
    private const int MaximumWords = 60;

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
        "stressed", "stresses", "noted", "notes", "explained", "explains", "claimed", "claims", "announced", "announces",
        "acknowledged", "acknowledges", "predicted", "predicts", "suggested", "suggests", "confirmed", "confirms",
        "wrote", "writes", "tweeted", "tweets", "declared", "declares", "maintained", "maintains", "contended", "contends",
        "conceded", "concedes", "stated", "states", "promised", "promises", "vowed", "vows", "emphasized", "emphasised",
    };

    public static IEnumerable<(int Start, int End, CueEvent Cue)> Find(Paragraph p, IReadOnlyList<CueEvent> events)
    {
        if (p.InHeadline || p.LooksLikeHeading)
        {
            yield break;
        }

        var t = p.Tokens;
        foreach (var e in events)
        {
            if (e.Speaker is null || e.Confidence < MinimumConfidence || !IsIndividual(e.Speaker) || e.Kind is not (AttributionKind.Explicit or AttributionKind.Pronoun) ||
                !ReportingVerbs.Contains(t[e.Cue].Lower))
            {
                continue;
            }

            var (sentenceStart, sentenceEnd) = (Sentences.Start(t, e.Cue), Sentences.End(t, e.Cue));
            if (HasQuote(t, sentenceStart, sentenceEnd))
            {
                continue;
            }

            var clause = e.First < e.Cue ? After(t, e, sentenceEnd) : null;
            clause ??= Before(t, e, sentenceStart, sentenceEnd);
            if (clause is { } c && WordCount(t, c.From, c.To) is >= MinimumWords and <= MaximumWords && !events.Any(o => o != e && o.Cue >= c.From && o.Cue <= c.To))
            {
                yield return (t[c.From].Start, t[c.To].End, e);
            }
        }
    }

    // A person or a body the text names, not a plural word read as a name ("Debates", "Democrats").
    private static bool IsIndividual(Entity e) =>
        e.Type is Speakers.SpeakerType.Person or Speakers.SpeakerType.Organisation ||
        (e.IsPersonLike && !e.LastWord.EndsWith('s'));

    // "Ann Lee said (on Monday) (that) <clause>." and "Ann Lee told reporters that <clause>."
    private static (int From, int To)? After(IReadOnlyList<Token> t, CueEvent e, int sentenceEnd)
    {
        var i = Math.Max(e.Cue, e.Last) + 1;
        var that = FindThat(t, i, sentenceEnd, t[e.Cue].Lower is "told" or "tells");
        if (that >= 0)
        {
            i = that + 1;
        }
        else if (!BareClauseVerbs.Contains(t[e.Cue].Lower))
        {
            return null; // "wrote a memoir", "announced a plan": without "that" these verbs mostly take an object
        }

        if (i >= sentenceEnd || !OpensClause(t[i]))
        {
            return null;
        }

        var end = sentenceEnd - 1;
        while (end > i && t[end].Kind == TokenKind.Punct)
        {
            end--;
        }

        return HasVerbLikeWord(t, i, end) ? (i, end) : null;
    }

    // The "that" of "said that", "said on Monday that", "said in a statement that", "told reporters that".
    private static int FindThat(IReadOnlyList<Token> t, int i, int sentenceEnd, bool hasObject)
    {
        if (i < sentenceEnd && t[i].Is("that"))
        {
            return i;
        }

        if (i >= sentenceEnd || !(hasObject || t[i].Lower is "on" or "in" or "at" or "during" or "after" or "last" or "this" or "earlier" or "recently" or "also" or "later" or "again"))
        {
            return -1;
        }

        for (var k = i + 1; k < sentenceEnd && k <= i + 5; k++)
        {
            if (t[k].Is("that"))
            {
                return k;
            }

            if (t[k].Kind != TokenKind.Word || HasVerbLikeWord(t, k, k))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> BareClauseVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns", "contended", "contends",
        "maintained", "maintains", "stressed", "stresses",
    };

    // A clause opens with its subject: a pronoun, a determiner, a name or a number ("said the plan", "said Russia", "said it").
    private static bool OpensClause(Token first) =>
        first.IsWord && (first.IsCapitalized || char.IsDigit(first.Text[0]) || first.Lower is "he" or "she" or "it" or "they" or "we" or "i" or "you"
            or "there" or "this" or "these" or "those" or "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "some"
            or "many" or "most" or "all" or "no" or "every" or "each" or "any" or "both" or "one" or "two" or "three" or "several" or "more" or "few");

    // "<clause>, Ann Lee said." — the speaker and verb close the sentence after a comma.
    private static (int From, int To)? Before(IReadOnlyList<Token> t, CueEvent e, int sentenceStart, int sentenceEnd)
    {
        var first = Math.Min(e.First, e.Cue);
        var last = Math.Max(e.Last, e.Cue);
        if (first - 1 <= sentenceStart || t[first - 1].Text != "," || !(last + 1 >= sentenceEnd || (t[last + 1].Kind == TokenKind.Punct && t[last + 1].EndsSentence)))
        {
            return null;
        }

        var to = first - 2;
        return to > sentenceStart && OpensClause(t[sentenceStart]) && HasVerbLikeWord(t, sentenceStart, to) ? (sentenceStart, to) : null;
    }

    private static bool HasQuote(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = Math.Max(0, from - 1); k <= to && k < t.Count; k++)
        {
            if (t[k].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(IReadOnlyList<Token> t, int from, int to)
    {
        var n = 0;
        for (var k = from; k <= to; k++)
        {
            n += t[k].IsWord ? 1 : 0;
        }

        return n;
    }

    // A clause has a finite verb; a cheap sign of one is an auxiliary or a past/present verb form.
    private static bool HasVerbLikeWord(IReadOnlyList<Token> t, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            var w = t[k].Lower;
            if (t[k].IsWord && (w is "is" or "are" or "was" or "were" or "will" or "would" or "could" or "should" or "can" or "must"
                or "has" or "have" or "had" or "may" or "might" or "did" or "does" or "do" or "won't" or "wouldn't" or "isn't"
                or "wasn't" or "didn't" or "doesn't" or "don't" or "can't" or "plans" or "wants" or "needs" or "intends"
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !t[k].IsCapitalized)))
            {
                return true;
            }
        }

        return false;
    }
}
