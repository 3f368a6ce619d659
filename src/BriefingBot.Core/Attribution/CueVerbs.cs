namespace BriefingBot.Core.Attribution;

/// <summary>Verbs that introduce speech ("said", "told", "warned"), in every tense form a news report uses.</summary>
internal static class CueVerbs
{
    private static readonly string[] Regular =
    [
        "add", "argue", "insist", "warn", "fume", "claim", "state", "tweet", "post", "explain", "note", "stress",
        "emphasize", "emphasise", "respond", "ask", "declare", "announce", "recall", "conclude", "acknowledge",
        "complain", "suggest", "observe", "predict", "remark", "joke", "concede", "urge", "vow", "promise", "exclaim",
        "shout", "recount", "assert", "counter", "caution", "boast", "lament", "muse", "wonder", "charge", "allege",
        "confirm", "maintain", "contend", "agree", "retort", "scoff", "snap", "mock", "continue", "explain", "point",
        "reply", "testify", "admit", "quip", "write", "say", "tell", "demand", "insist", "question", "reiterate",
        "threaten", "pledge", "cry", "yell", "whisper", "murmur", "sneer", "laugh", "deny", "report", "begin",
        "call", "brand", "dub", "label", "describe", "cite", "assure", "react", "echo", "comment", "chant",
        "admonish", "chide", "scold", "lambaste", "rebuke", "implore", "plead", "reassure", "opine", "concur",
        "answer", "interject", "surmise", "bark", "boom", "elaborate", "affirm", "proclaim", "confide", "brag", "gripe",
        "grumble", "gush", "marvel", "rant",
    ];

    private static readonly string[] Irregular =
    [
        "said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "writing", "written", "replied",
        "replies", "testified", "testifies", "quipped", "admitted", "admitting", "snapped", "cried", "cries",
        "denied", "denies", "according", "believes", "believed", "thinks",
        // Only their past tense is speech often enough to count ("remembered Ann Lee", "he cracked").
        "remembered", "reminded", "exhorted", "cracked", "blogged", "jeered", "gloated", "demurred",
    ];

    private static readonly HashSet<string> Forms = BuildForms();

    /// <summary>True when the lower-case word is a form of a speech verb.</summary>
    public static bool IsCue(string lowerWord) => Forms.Contains(lowerWord);

    /// <summary>True for "saying", "adding": a participle whose speaker is the sentence's subject.</summary>
    public static bool IsParticiple(string lowerWord) => lowerWord.EndsWith("ing", StringComparison.Ordinal) && lowerWord != "according";

    private static HashSet<string> BuildForms()
    {
        var forms = new HashSet<string>(Irregular, StringComparer.Ordinal);
        foreach (var verb in Regular)
        {
            forms.Add(verb);
            forms.Add(verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s");
            if (verb.EndsWith('e'))
            {
                forms.Add(verb + "d");
                forms.Add(verb[..^1] + "ing");
            }
            else
            {
                forms.Add(verb + "ed");
                forms.Add(verb + "ing");
            }
        }

        // Regular forms that are usually not speech ("points", "begin") only count in their irregular uses above.
        forms.Remove("point");
        forms.Remove("points");
        forms.Remove("pointing");
        forms.Remove("begin");
        forms.Remove("beginning");
        forms.Remove("post");
        forms.Remove("posts");
        forms.Remove("report");
        forms.Remove("reports");
        forms.Remove("reporting");
        forms.Remove("continuing");
        forms.Remove("state");
        forms.Remove("states");
        forms.Remove("question");
        forms.Remove("questions");
        forms.Remove("questioning");
        forms.Remove("charge");
        forms.Remove("charges");
        forms.Remove("charging");
        forms.Remove("counter");
        forms.Remove("counters");
        forms.Remove("read");
        forms.Remove("reads");
        forms.Remove("comment"); // "a comment of her own", "his comments", "the chants": more often nouns
        forms.Remove("comments");
        forms.Remove("chants");
        forms.Remove("echos");
        // Nouns far more often than verbs in their bare forms ("the answer", "a boom", "Marvel", "rants"): only the past counts.
        foreach (var noun in new[] { "answer", "boom", "booms", "booming", "bark", "barks", "marvel", "marvels", "rant", "rants", "gripe", "gripes", "brag", "affirming" })
        {
            forms.Remove(noun);
        }

        forms.Add("echoes");
        return forms;
    }
}
