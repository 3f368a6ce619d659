using System.Text.RegularExpressions;
using BriefingBot.Core.Search;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Answers;

/// <summary>Takes a free-text question apart into speaker and topic: "what did Peskov say about bans", "lavrov elections".</summary>
public sealed partial class QuestionParser(SpeakerDirectory speakers, TextAnalyzer analyzer, AnswerOptions options)
{
    private static readonly HashSet<string> Auxiliaries = ["did", "does", "do", "has", "have", "had", "was", "is", "will", "would", "can"];

    private static readonly HashSet<string> CueWords =
    [
        "say", "says", "said", "saying", "think", "thinks", "thought", "tell", "tells", "told", "claim", "claims", "claimed",
        "write", "writes", "wrote", "tweet", "tweets", "tweeted", "argue", "argued", "warn", "warned", "comment", "commented",
        "mean", "meant", "announce", "announced", "state", "stated",
    ];

    private static readonly HashSet<string> TopicLinks = ["about", "on", "regarding", "concerning", "of", "to", "re", "over"];

    private static readonly HashSet<string> QuestionWords =
    [
        "what", "which", "who", "whom", "how", "why", "when", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are",
        "say", "says", "said", "saying", "quote", "quotes", "quoted", "from", "by", "about", "on", "regarding", "concerning",
        "me", "give", "show", "find", "any", "anything", "please", "the", "a", "an", "of", "to", "latest", "recent", "recently",
        "lately", "tell", "us", "can", "you", "i", "brief", "briefing", "news", "everything", "all", "words", "statements",
    ];

    private static readonly string[][] BriefingOpenings =
    [
        ["brief", "me", "on"], ["brief", "me", "about"], ["brief", "us", "on"], ["brief", "on"], ["briefing", "on"],
        ["catch", "me", "up", "on"], ["update", "me", "on"], ["what's", "new", "on"], ["news", "on"], ["brief", "me"], ["brief"],
    ];

    public ParsedQuestion Parse(string question)
    {
        var text = (question ?? "").Trim();
        if (text.Length > options.MaxQuestionLength)
        {
            throw new QuestionException($"That question is {text.Length} characters long; please keep it under {options.MaxQuestionLength}.");
        }

        var words = Words().Matches(text).Select(m => m.Value.ToLowerInvariant().Replace('’', '\'')).ToList();
        if (words.Count == 0)
        {
            throw new QuestionException("Ask about someone or something, for example: what did Peskov say about bans");
        }

        var briefingLength = BriefingOpenings.Where(opening => StartsWith(words, opening)).Select(o => o.Length).FirstOrDefault();
        if (briefingLength > 0)
        {
            return Topical(text, words.Skip(briefingLength).ToList(), isBriefing: true);
        }

        return FromCuePattern(text, words)
            ?? FromQuotesFromPattern(text, words)
            ?? FromOnPattern(text, words)
            ?? FromNamesAnywhere(text, words);
    }

    // "what did X say about Y", "what has the Kremlin said on Y", "what did Roskomnadzor tell Apple".
    private ParsedQuestion? FromCuePattern(string text, List<string> words)
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
            return null;
        }

        var speakerWords = words[speakerStart..cue];
        if (speakerWords.Count is 0 or > 5)
        {
            return null;
        }

        var topic = words[(cue + 1)..];
        while (topic.Count > 0 && TopicLinks.Contains(topic[0]))
        {
            topic.RemoveAt(0);
        }

        return WithSpeaker(text, speakerWords, topic, unknownIsTopic: false);
    }

    // "quotes from lavrov about elections".
    private ParsedQuestion? FromQuotesFromPattern(string text, List<string> words)
    {
        var from = words.FindIndex(w => w is "from" or "by");
        if (from < 0 || !words.Take(from).Any(w => w is "quote" or "quotes" or "words" or "statements"))
        {
            return null;
        }

        var end = words.FindIndex(from + 1, w => w is "about" or "on" or "regarding" or "concerning");
        end = end < 0 ? words.Count : end;
        var speakerWords = words[(from + 1)..end];
        if (speakerWords.Count is 0 or > 5)
        {
            return null;
        }

        var topic = end < words.Count ? words[(end + 1)..] : [];
        return WithSpeaker(text, speakerWords, topic, unknownIsTopic: false);
    }

    // "Peskov on VPNs": taken as a speaker only when the words before "on" name someone known.
    private ParsedQuestion? FromOnPattern(string text, List<string> words)
    {
        var on = words.FindIndex(w => w is "on" or "about");
        if (on <= 0 || on > 5 || QuestionWords.Contains(words[0]))
        {
            return null;
        }

        return WithSpeaker(text, words[..on], words[(on + 1)..], unknownIsTopic: true);
    }

    // "lavrov elections": a known name anywhere, the rest is topic.
    private ParsedQuestion FromNamesAnywhere(string text, List<string> words)
    {
        for (var length = Math.Min(4, words.Count); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var candidate = words.GetRange(start, length);
                if (length == 1 && QuestionWords.Contains(candidate[0]))
                {
                    continue;
                }

                var speaker = speakers.FindByName(string.Join(' ', candidate));
                if (speaker is not null)
                {
                    var rest = words.Take(start).Concat(words.Skip(start + length)).ToList();
                    return Build(text, string.Join(' ', candidate), [speaker], guessed: false, rest, isBriefing: false);
                }
            }
        }

        // A misspelt name ("pesckov rules"): only words that are not topic words the library knows.
        foreach (var word in words.Where(w => w.Length >= 5 && !QuestionWords.Contains(w)))
        {
            if (analyzer.Terms(word) is [var term] && IsKnownTopicTerm?.Invoke(term) == true)
            {
                continue;
            }

            var similar = speakers.FindSimilar(word, options.NameSimilarity + 0.04, 2);
            if (similar.Count > 0)
            {
                var rest = words.Where(w => w != word).ToList();
                return Build(text, word, [similar[0].Speaker], guessed: true, rest, isBriefing: false);
            }
        }

        return Topical(text, words, isBriefing: false);
    }

    /// <summary>Tells whether an analysed term occurs in the library's text, so it is a topic rather than a misspelt name.</summary>
    public Func<string, bool>? IsKnownTopicTerm { get; init; }

    private ParsedQuestion? WithSpeaker(string text, List<string> speakerWords, List<string> topic, bool unknownIsTopic)
    {
        var (found, guessed) = Resolve(speakerWords);
        if (found.Count == 0 && unknownIsTopic)
        {
            return null;
        }

        return Build(text, string.Join(' ', speakerWords), found, guessed, topic, isBriefing: false);
    }

    private (IReadOnlyList<Speaker> Speakers, bool Guessed) Resolve(List<string> speakerWords)
    {
        var name = string.Join(' ', speakerWords.SkipWhile(w => w == "the")).Replace("'s", "", StringComparison.Ordinal).Trim();
        if (name.Length == 0)
        {
            return ([], false);
        }

        if (speakers.FindByName(name) is { } byName)
        {
            // "the Kremlin" is the organisation and the people who speak for it.
            var members = byName.Type == SpeakerType.Person ? [] : speakers.FindByAffiliation(name);
            return ([byName, .. members.Where(m => m != byName)], false);
        }

        var byRole = speakers.FindByRole(name);
        if (byRole.Count > 0)
        {
            return (byRole, false);
        }

        var byAffiliation = speakers.FindByAffiliation(name);
        if (byAffiliation.Count > 0)
        {
            return (byAffiliation, false);
        }

        var similar = speakers.FindSimilar(name, options.NameSimilarity, 2);
        return similar.Count > 0 ? ([similar[0].Speaker], true) : ([], false);
    }

    private ParsedQuestion Topical(string text, List<string> topic, bool isBriefing) =>
        Build(text, null, [], guessed: false, topic, isBriefing);

    private ParsedQuestion Build(string text, string? speakerText, IReadOnlyList<Speaker> found, bool guessed, List<string> topic, bool isBriefing)
    {
        var topicWords = topic.Where(w => !QuestionWords.Contains(w)).ToList();
        var terms = analyzer.Terms(string.Join(' ', topicWords));
        return new ParsedQuestion(text, speakerText, found, guessed, topicWords, terms, isBriefing);
    }

    private static bool StartsWith(List<string> words, string[] opening) =>
        words.Count >= opening.Length && opening.Select((w, i) => words[i] == w).All(x => x);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();
}
