using BriefingBot.Core.Library;

namespace BriefingBot.Core.Answers;

/// <summary>What someone has spoken about, as a few words to suggest when a question finds nothing from them on its topic.</summary>
/// <remarks>The words that recur most across their quotes and the sentences around them, not the titles of the articles.</remarks>
internal sealed class SpeakerTopics(BriefingLibrary library)
{
    private const int QuotesRead = 12;
    private const int Shown = 4;
    private const int ShortestWord = 5;

    public IReadOnlyList<string> Of(IReadOnlySet<int> speakerIds)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var termOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in speakerIds.SelectMany(library.Quotes.QuotesOfSpeaker).Distinct().TakeLast(QuotesRead))
        {
            if (library.Citations.Quote(id) is not { } quote)
            {
                continue;
            }

            names.UnionWith((quote.Speaker ?? "").Split(' '));

            // Each quote counts a word once, under its analysed term, so "ban" and "banning" are one topic.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // The context holds the quote's words where the quote is a slice of it; each distinct word is analysed once.
            var text = quote.Context.Contains(quote.Text, StringComparison.Ordinal) ? quote.Context : quote.Text + " " + quote.Context;
            foreach (var word in Words(text))
            {
                if (!termOf.TryGetValue(word, out var term))
                {
                    termOf[word] = term = library.Analyzer.Terms(word) is [var only] ? only : null;
                }

                if (term is not null && seen.Add(term))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                    firstSeen.TryAdd(term, word);
                }
            }
        }

        return counts
            .Where(c => !names.Contains(firstSeen[c.Key]))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Shown)
            .Select(c => firstSeen[c.Key])
            .ToList();
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '“', '”', '‘', '’', '\'', ',', '.', ';', ':', '!', '?', '(', ')', '[', ']'))
            .Where(w => w.Length >= ShortestWord && w.All(char.IsLetter) && !Common.Contains(w.ToLowerInvariant()));

    // Words of reporting and of every topic, which say nothing about what someone spoke on.
    private static readonly HashSet<string> Common =
    [
        "about", "after", "again", "against", "because", "before", "being", "could", "their", "there", "these", "those", "think",
        "thing", "things", "which", "while", "would", "should", "where", "going", "people", "really", "still", "other", "every",
        "added", "adding", "according", "statement", "told", "saying", "said", "says", "year", "years", "today", "going", "first",
    ];
}
