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
/// </remarks>
public sealed class TextAnalyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

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

    /// <summary>The terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public IReadOnlyList<string> Terms(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
