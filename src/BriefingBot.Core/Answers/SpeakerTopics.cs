using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Answers;

/// <summary>What someone has spoken about, as a few words to suggest when a question finds nothing from them on its topic.</summary>
/// <remarks>
/// The words that recur most across their quotes and the sentences around them, not the titles of the articles. Worked out
/// once for a speaker until a quote of the library changes: people ask about the same few speakers again and again, and
/// reading a dozen quotes word by word cost more than the rest of such an answer.
/// </remarks>
internal sealed class SpeakerTopics(BriefingLibrary library)
{
    private const int QuotesRead = 12;
    private const int Shown = 4;
    private const int ShortestWord = 5;

    // Beyond this many speakers (or sets of them) remembered, the memory starts again.
    private const int Remembered = 4096;

    private readonly ConcurrentDictionary<string, (int Changes, string[] Topics)> _known = new(StringComparer.Ordinal);
    private int _rememberedCount;

    public IReadOnlyList<string> Of(IReadOnlySet<int> speakerIds)
    {
        ArgumentNullException.ThrowIfNull(speakerIds);
        // Read before the quotes: a change made meanwhile leaves what is worked out here marked as older than the quotes.
        var changes = library.Citations.QuoteChanges;
        var key = string.Join(',', speakerIds.Order());
        if (_known.TryGetValue(key, out var known) && known.Changes == changes)
        {
            return known.Topics;
        }

        var topics = Read(speakerIds);
        if (Interlocked.Increment(ref _rememberedCount) > Remembered)
        {
            _known.Clear();
            Interlocked.Exchange(ref _rememberedCount, 0);
        }

        _known[key] = (changes, topics);
        return topics;
    }

    private string[] Read(IReadOnlySet<int> speakerIds)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Each term's count of quotes, the word it was first seen as (analysed terms are lower case), and the last quote that
        // counted it (each quote counts a term once).
        var counts = new Dictionary<string, (int Quotes, string Word, int Last)>(StringComparer.Ordinal);
        var ids = speakerIds.Count == 1
            ? library.Quotes.QuotesOfSpeaker(speakerIds.First())
            : speakerIds.SelectMany(library.Quotes.QuotesOfSpeaker).Distinct().ToList();
        for (var i = Math.Max(0, ids.Count - QuotesRead); i < ids.Count; i++)
        {
            if (library.Citations.Quote(ids[i]) is not { } quote)
            {
                continue;
            }

            names.UnionWith((quote.Speaker ?? "").Split(' '));

            // Each quote counts a word once, under its analysed term, so "ban" and "banning" are one topic. The context holds
            // the quote's words where the quote is a slice of it.
            var number = i + 1;
            var text = quote.Context.Contains(quote.Text, StringComparison.Ordinal) ? quote.Context : quote.Text + " " + quote.Context;
            for (var at = 0; at < text.Length;)
            {
                var word = NextWord(text, ref at);
                if (word.IsEmpty)
                {
                    continue;
                }

                // The analyser remembers each word's term, so a word is looked up by its characters without copying them.
                if (library.Analyzer.TermOfWord(word) is not { } term)
                {
                    continue;
                }

                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out var known);
                if (!known || count.Last != number)
                {
                    count = (count.Quotes + 1, known ? count.Word : word.ToString(), number);
                }
            }
        }

        // The most frequent terms (ties: the first in ordinal order), kept best first as they come rather than sorting all.
        var best = new List<(int Quotes, string Term, string Word)>(Shown + 1);
        foreach (var (term, (quotes, word, _)) in counts)
        {
            if (names.Contains(word))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && (best[at - 1].Quotes < quotes || (best[at - 1].Quotes == quotes && string.CompareOrdinal(best[at - 1].Term, term) > 0)))
            {
                at--;
            }

            if (at < Shown)
            {
                best.Insert(at, (quotes, term, word));
                if (best.Count > Shown)
                {
                    best.RemoveAt(Shown);
                }
            }
        }

        return [.. best.Select(b => b.Word)];
    }

    // The next whitespace-separated word from `at`, its quotes and punctuation trimmed: empty when it is no topic word (short,
    // not all letters, or a word of every topic).
    private static ReadOnlySpan<char> NextWord(string text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var start = at;
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var word = text.AsSpan(start, at - start).Trim(Punctuation);
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return [];
            }
        }

        return word.Length >= ShortestWord && !CommonWords.Contains(word) ? word : [];
    }

    private const string Punctuation = "\"“”‘’',.;:!?()[]";

    // Words of reporting and of every topic, which say nothing about what someone spoke on.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "after", "again", "against", "because", "before", "being", "could", "their", "there", "these", "those", "think",
        "thing", "things", "which", "while", "would", "should", "where", "going", "people", "really", "still", "other", "every",
        "added", "adding", "according", "statement", "told", "saying", "said", "says", "year", "years", "today", "going", "first",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords = Common.GetAlternateLookup<ReadOnlySpan<char>>();
}
