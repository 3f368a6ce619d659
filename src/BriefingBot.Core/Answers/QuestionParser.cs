using System.Text.RegularExpressions;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Reads a free-text question into an <see cref="AnswerQuery"/>: "what did Peskov say about bans", "lavrov elections".</summary>
/// <remarks>
/// A name is taken for the speaker only where a speaker stands: before a speech verb ("what did X say", "has X commented"),
/// after "quotes from", before "on"/"about" at the start ("X on Y"), or as the opening words of a bare keyword question
/// ("lavrov elections"). Anywhere else a name is part of the topic ("why is China blocking VPNs").
/// </remarks>
public sealed partial class QuestionParser
{
    private static readonly HashSet<string> Auxiliaries = ["did", "does", "do", "has", "have", "had", "was", "is", "will", "would", "can", "could"];

    private static readonly HashSet<string> CueWords =
    [
        "say", "says", "said", "saying", "think", "thinks", "thought", "tell", "tells", "told", "claim", "claims", "claimed",
        "write", "writes", "wrote", "tweet", "tweets", "tweeted", "argue", "argued", "warn", "warned", "comment", "commented",
        "mean", "meant", "announce", "announced", "state", "stated", "respond", "responded", "reply", "replied", "react", "reacted",
        "speak", "spoke", "spoken", "talk", "talked", "explain", "explained", "suggest", "suggested", "predict", "predicted",
    ];

    private static readonly HashSet<string> TopicLinks = ["about", "on", "regarding", "concerning", "of", "to", "re", "over"];

    // Words that fill a speaker slot without naming anyone: the question is then about its topic.
    private static readonly HashSet<string> Nobody =
    [
        "anyone", "anybody", "someone", "somebody", "nobody", "no", "one", "people", "they", "everyone", "everybody", "others",
        "been", "being", "it", "he", "she", "we", "you", "i", "experts", "officials", "critics",
    ];

    // Nouns after "X's" that make X the speaker: "Moreau's view of the deal".
    private static readonly HashSet<string> OpinionNouns =
    [
        "view", "views", "take", "comment", "comments", "remarks", "words", "opinion", "position", "stance", "thoughts", "quotes",
        "statement", "statements", "response", "reaction",
    ];

    private static readonly HashSet<string> QuestionWords =
    [
        "what", "which", "who", "whom", "how", "why", "when", "where", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are",
        "say", "says", "said", "saying", "quote", "quotes", "quoted", "from", "by", "about", "on", "regarding", "concerning",
        "me", "give", "show", "find", "any", "anything", "please", "the", "a", "an", "of", "to", "latest", "recent", "recently",
        "lately", "tell", "us", "can", "you", "i", "brief", "briefing", "news", "everything", "all", "words", "statements", "what's",
        "whats", "been", "being", "there", "here", "been", "commented", "comment", "comments", "remarks",
    ];

    // Openings of questions that ask about a topic, not a person.
    private static readonly HashSet<string> TopicOpenings = ["why", "how", "which", "who", "whom", "where", "when", "is", "are", "was", "were"];

    private static readonly string[][] BriefingOpenings =
    [
        ["brief", "me", "on"], ["brief", "me", "about"], ["brief", "us", "on"], ["brief", "on"], ["briefing", "on"],
        ["catch", "me", "up", "on"], ["update", "me", "on"], ["what's", "new", "on"], ["what's", "the", "latest", "on"],
        ["whats", "the", "latest", "on"], ["what", "is", "the", "latest", "on"], ["the", "latest", "on"], ["latest", "on"],
        ["news", "on"], ["brief", "me"], ["brief"],
    ];

    private readonly SpeakerDirectory _speakers;
    private readonly TextAnalyzer _analyzer;
    private readonly AnswerOptions _options;
    private readonly SpeakerResolver _resolver;

    public QuestionParser(SpeakerDirectory speakers, TextAnalyzer analyzer, AnswerOptions options, SpeakerResolver? resolver = null)
    {
        _speakers = speakers;
        _analyzer = analyzer;
        _options = options;
        _resolver = resolver ?? new SpeakerResolver(speakers, analyzer, options);
    }

    /// <summary>Tells whether an analysed term occurs in the library's text, so it is a topic rather than a misspelt name.</summary>
    public Func<string, bool>? IsKnownTopicTerm { get; init; }

    /// <summary>Reads the question and resolves whom it asks about.</summary>
    public ParsedQuestion Parse(string question) => Resolve(Read(question));

    /// <summary>Resolves a query's speaker words to known speakers and analyses its topic.</summary>
    public ParsedQuestion Resolve(AnswerQuery query)
    {
        var topicWords = query.Topic.Select(w => w.ToLowerInvariant()).Where(w => !QuestionWords.Contains(w)).ToList();
        var terms = _analyzer.Terms(string.Join(' ', topicWords));
        var resolved = query.Who is null ? SpeakerMatch.None : _resolver.Resolve(query.Who);
        return new ParsedQuestion(query.Text ?? "", query.Who?.Text, resolved.Speakers, resolved.Guessed, topicWords, terms,
            query.Mode == AnswerMode.Briefing)
        {
            Query = query,
            SpeakerIsRole = query.Who?.Kind == SpeakerAskKind.Role,
        };
    }

    /// <summary>Takes a free-text question apart into whom it asks about and its topic words.</summary>
    /// <exception cref="QuestionException">The question has no words or is too long.</exception>
    public AnswerQuery Read(string question)
    {
        var text = (question ?? "").Trim();
        if (text.Length > _options.MaxQuestionLength)
        {
            throw new QuestionException($"That question is {text.Length} characters long; please keep it under {_options.MaxQuestionLength}.");
        }

        var original = Words().Matches(text).Select(m => m.Value.Replace('’', '\'')).ToList();
        var words = original.Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            throw new QuestionException("Ask about someone or something, for example: what did Peskov say about bans");
        }

        var query = Shape(original, words);
        return query with { Text = text };
    }

    private AnswerQuery Shape(List<string> original, List<string> words)
    {
        var briefingLength = Array.Find(BriefingOpenings, opening => StartsWith(words, opening))?.Length ?? 0;
        if (briefingLength > 0)
        {
            return Topic(original.Skip(briefingLength), AnswerMode.Briefing);
        }

        if (TopicOpenings.Contains(words[0]) && !CueSlotFollows(words))
        {
            return Topic(original, AnswerMode.Quotes);
        }

        return FromCuePattern(original, words)
            ?? FromQuotesFromPattern(original, words)
            ?? FromPossessivePattern(original, words)
            ?? FromOnPattern(original, words)
            ?? FromLeadingName(original, words)
            ?? Topic(original, AnswerMode.Quotes);
    }

    // "who said X" asks about X; "was Peskov quoted" is rare: only "is"/"was" + speaker + cue reads as a speaker question.
    private static bool CueSlotFollows(List<string> words) =>
        words[0] is "is" or "was" or "has" && words.Skip(1).Take(6).Any(CueWords.Contains);

    // "what did X say about Y", "what has the Kremlin said on Y", "has X commented on Y", "what did Roskomnadzor tell Apple".
    private static AnswerQuery? FromCuePattern(List<string> original, List<string> words)
    {
        var cue = words.FindIndex(CueWords.Contains);
        if (cue <= 0)
        {
            return null;
        }

        var auxiliary = words.FindLastIndex(cue - 1, cue, Auxiliaries.Contains);
        var speakerStart = auxiliary >= 0 ? auxiliary + 1 : 0;
        if (auxiliary < 0 && QuestionWords.Contains(words[0]))
        {
            // "what's been said about X", "what was said about X": no speaker slot.
            return words.Take(cue).All(w => QuestionWords.Contains(w) || Nobody.Contains(w)) ? TopicAfter(original, words, cue) : null;
        }

        var speakerWords = original[speakerStart..cue];
        if (speakerWords.Count > 8)
        {
            return null;
        }

        if (speakerWords.Count == 0 || speakerWords.All(w => Nobody.Contains(w.ToLowerInvariant())))
        {
            return TopicAfter(original, words, cue);
        }

        return WithSpeaker(speakerWords, TopicAfter(original, words, cue).Topic);
    }

    private static AnswerQuery TopicAfter(List<string> original, List<string> words, int cue)
    {
        var start = cue + 1;
        while (start < words.Count && TopicLinks.Contains(words[start]))
        {
            start++;
        }

        return Topic(original.Skip(start), AnswerMode.Quotes);
    }

    // "quotes from lavrov about elections".
    private static AnswerQuery? FromQuotesFromPattern(List<string> original, List<string> words)
    {
        var from = words.FindIndex(w => w is "from" or "by");
        if (from < 0 || !words.Take(from).Any(w => w is "quote" or "quotes" or "words" or "statements" or "comments" or "remarks"))
        {
            return null;
        }

        var end = words.FindIndex(from + 1, w => w is "about" or "on" or "regarding" or "concerning");
        end = end < 0 ? words.Count : end;
        var speakerWords = original[(from + 1)..end];
        if (speakerWords.Count is 0 or > 8)
        {
            return null;
        }

        return WithSpeaker(speakerWords, end < words.Count ? original[(end + 1)..] : []);
    }

    // "Mary Smith's view of the plan", "Moreau's comments on trade".
    private static AnswerQuery? FromPossessivePattern(List<string> original, List<string> words)
    {
        var owner = words.FindIndex(w => w.EndsWith("'s", StringComparison.Ordinal));
        if (owner < 0 || owner > 4 || owner + 1 >= words.Count || !OpinionNouns.Contains(words[owner + 1]) || QuestionWords.Contains(words[0]))
        {
            return null;
        }

        var speakerWords = original[..(owner + 1)];
        speakerWords[^1] = speakerWords[^1][..^2];
        var start = owner + 2;
        while (start < words.Count && TopicLinks.Contains(words[start]))
        {
            start++;
        }

        return WithSpeaker(speakerWords, original[start..]);
    }

    // "Peskov on VPNs", "Mitch McConnell on the shutdown": the words before "on" are a speaker slot when they name someone
    // known or look like a person's name; otherwise ("sanctions on Russia") the whole question is its topic.
    private AnswerQuery? FromOnPattern(List<string> original, List<string> words)
    {
        var on = words.FindIndex(w => w is "on" or "about");
        if (on <= 0 || on > 5 || QuestionWords.Contains(words[0]))
        {
            return null;
        }

        var speakerWords = original[..on];
        if (_resolver.Resolve(new SpeakerAsk(string.Join(' ', speakerWords), SpeakerAskKind.Name)).Speakers.Count == 0
            && !LooksLikePersonName(speakerWords))
        {
            return null;
        }

        return WithSpeaker(speakerWords, original[(on + 1)..]);
    }

    // "lavrov elections", "richard fadden huawei", "pesckov rules": the opening words when they name someone known.
    private AnswerQuery? FromLeadingName(List<string> original, List<string> words)
    {
        if (QuestionWords.Contains(words[0]))
        {
            return null;
        }

        for (var length = Math.Min(4, words.Count); length >= 1; length--)
        {
            var candidate = string.Join(' ', words.Take(length));
            if (_speakers.FindByName(candidate) is not null)
            {
                return WithSpeaker(original[..length], original[length..]);
            }
        }

        // "harbour master Tom Reyes pier": a title, then a known person's full name.
        for (var length = Math.Min(5, words.Count); length >= 3; length--)
        {
            for (var start = 1; start + 2 <= length; start++)
            {
                if (_speakers.FindByName(string.Join(' ', words[start..length])) is { Type: SpeakerType.Person })
                {
                    return WithSpeaker(original[..length], original[length..]);
                }
            }
        }

        // A misspelt name ("pesckov rules"): only a word that is not a topic word the library knows.
        var first = words[0];
        if (first.Length >= 5 && !(_analyzer.Terms(first) is [var term] && IsKnownTopicTerm?.Invoke(term) == true)
            && _speakers.FindSimilar(first, _options.NameSimilarity + 0.04, 2).Count > 0)
        {
            return WithSpeaker(original[..1], original[1..]);
        }

        return null;
    }

    // Two or three words, each capitalised as written or the first a common first name: "Mitch McConnell", "linda fraser".
    private static bool LooksLikePersonName(List<string> words)
    {
        if (words.Count is < 2 or > 4)
        {
            return false;
        }

        var capitalised = words.All(w => char.IsUpper(w[0]));
        return capitalised || Attribution.FirstNames.Of(words[0]) != Gender.Unknown;
    }

    private static AnswerQuery WithSpeaker(List<string> speakerWords, IEnumerable<string> topic)
    {
        var words = speakerWords.ToList();
        var lower = words.Select(w => w.ToLowerInvariant()).ToList();

        // "the mayor of Surrey", "Surrey's mayor", "a ministry spokesperson": a description, not a name.
        var isRole = lower[0] is "the" or "a" or "an" || lower.Any(w => w.EndsWith("'s", StringComparison.Ordinal))
            || lower.Skip(1).Any(w => w is "of" or "in" or "at" or "for");
        var text = string.Join(' ', words);
        return new AnswerQuery(new SpeakerAsk(text, isRole ? SpeakerAskKind.Role : SpeakerAskKind.Name), topic.ToList());
    }

    private static AnswerQuery Topic(IEnumerable<string> words, AnswerMode mode) => new(null, words.ToList(), mode);

    private static bool StartsWith(List<string> words, string[] opening)
    {
        if (words.Count < opening.Length)
        {
            return false;
        }

        for (var i = 0; i < opening.Length; i++)
        {
            if (words[i] != opening[i])
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Words();
}
