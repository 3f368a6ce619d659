using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using LuceneAnalyzer = Lucene.Net.Analysis.Analyzer;

namespace BriefingBot.Core.Search;

/// <summary>Turns English text into search terms: words, lower-cased, accents and curly apostrophes folded, stop words dropped, Porter-stemmed.</summary>
/// <remarks>
/// Thread-safe: Lucene's analyzer keeps one reusable token chain per thread, so one instance can serve the whole process.
/// The chain is Lucene's (StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter, ASCIIFoldingFilter, StopFilter with
/// the Snowball English stop list, PorterStemFilter), so queries and documents are always analysed alike.
/// <para>
/// Running that chain costs a few microseconds a word, most of it in the chain's machinery rather than in the words, and
/// indexing analyses hundreds of words an article. Most text is plain ASCII words between spaces and punctuation, where the
/// tokenizer's Unicode word-break rules (UAX #29) reduce to "a run of letters and digits is a word": such stretches are split
/// here, and each distinct word goes through the Lucene chain once, its term (or its absence, for a stop word) remembered.
/// Everything else (any non-ASCII character, or punctuation that can join words: '.', ',', ';', ':', an apostrophe between
/// two letters or digits, an underscore) is handed to the Lucene chain as it is, so the terms are always the chain's own.
/// </para>
/// </remarks>
public sealed class TextAnalyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // StandardTokenizer's default longest token; longer ones are left to the chain.
    private const int MaxWordLength = 255;

    // Enough for the vocabulary of a large news archive; past it words are analysed each time rather than remembered.
    private const int MaxRememberedWords = 500_000;

    // The Snowball list (about 170 words) rather than Lucene's 33-word default: it also drops "what", "did", "about",
    // which questions are full of.
    private static readonly CharArraySet StopWords = WordlistLoader.GetSnowballWordSet(
        IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", Encoding.UTF8),
        Version);

    private readonly LuceneAnalyzer _analyzer = LuceneAnalyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new EnglishPossessiveFilter(Version, source);
        chain = new LowerCaseFilter(Version, chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new StopFilter(Version, chain, StopWords);
        chain = new PorterStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    });

    // Lower-case ASCII word -> its term, "" for a stop word.
    private readonly ConcurrentDictionary<string, string> _termOfWord = new(StringComparer.Ordinal);
    private int _rememberedWords;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _termOfSpan;

    public TextAnalyzer()
    {
        _termOfSpan = _termOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/>, in order, repeats kept.</summary>
    public void AddTerms(string? text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && IsAsciiSpace(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && !IsAsciiSpace(span[i]))
            {
                i++;
            }

            if (i > start)
            {
                AddChunkTerms(text, start, i - start, terms);
            }
        }
    }

    /// <summary>
    /// The one term a single word gives, as <see cref="Terms"/> gives it; null for a stop word or a word that gives more than
    /// one. A plain word is looked up without allocating.
    /// </summary>
    internal string? TermOfWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            return null;
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(word[i]))
            {
                return Terms(word.ToString()) is [var only] ? only : null;
            }

            lower[i] = char.ToLowerInvariant(word[i]);
        }

        var term = TermOf(lower);
        return term.Length > 0 ? term : null;
    }

    /// <summary>The terms of the Lucene chain alone, without the shortcut (what the shortcut must always agree with).</summary>
    internal IReadOnlyList<string> ChainTerms(string? text)
    {
        var terms = new List<string>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            AddChainTerms(text, terms);
        }

        return terms;
    }

    // A chunk is a stretch without ASCII white space, which always separates words.
    private void AddChunkTerms(string text, int start, int length, List<string> terms)
    {
        var chunk = text.AsSpan(start, length);
        if (!IsPlain(chunk))
        {
            AddChainTerms(text.Substring(start, length), terms);
            return;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        var i = 0;
        while (i < chunk.Length)
        {
            while (i < chunk.Length && !char.IsAsciiLetterOrDigit(chunk[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < chunk.Length && char.IsAsciiLetterOrDigit(chunk[i]))
            {
                lower[i - wordStart] = char.ToLowerInvariant(chunk[i]);
                i++;
            }

            if (i > wordStart)
            {
                var term = TermOf(lower[..(i - wordStart)]);
                if (term.Length > 0)
                {
                    terms.Add(term);
                }
            }
        }
    }

    // True when the chunk is ASCII whose words are exactly its runs of letters and digits: no punctuation that UAX #29 may
    // use to join two of them, no underscore, no run longer than the tokenizer takes.
    private static bool IsPlain(ReadOnlySpan<char> chunk)
    {
        var run = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            if (c > 0x7F || c == '_')
            {
                return false;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (++run > MaxWordLength)
                {
                    return false;
                }

                continue;
            }

            run = 0;
            if (c is '.' or ',' or ';' or ':' or '\'' && i > 0 && i + 1 < chunk.Length
                && char.IsAsciiLetterOrDigit(chunk[i - 1]) && char.IsAsciiLetterOrDigit(chunk[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private string TermOf(ReadOnlySpan<char> word)
    {
        if (_termOfSpan.TryGetValue(word, out var known))
        {
            return known;
        }

        var key = word.ToString();
        var terms = new List<string>(1);
        AddChainTerms(key, terms);

        // One ASCII word gives at most one term; "" marks a stop word.
        var term = terms.Count == 1 ? terms[0] : "";
        // A ConcurrentDictionary's Count takes every lock: a counter bounds the cache without that.
        if (Volatile.Read(ref _rememberedWords) < MaxRememberedWords && _termOfWord.TryAdd(key, term))
        {
            Interlocked.Increment(ref _rememberedWords);
        }

        return term;
    }

    private void AddChainTerms(string text, List<string> terms)
    {
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';
}
