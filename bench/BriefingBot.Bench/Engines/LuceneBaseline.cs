using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefingBot.Bench.Engines;

/// <summary>
/// Lucene.NET 4.8 over the same quotes: EnglishAnalyzer, BM25Similarity, MMapDirectory; text, context (0.5) and background
/// (0.25) as fields, the speaker as an untokenised filter field, citation details stored.
/// </summary>
internal sealed class LuceneBaseline : IBaseline
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Field, float Weight)[] Fields = [("text", 1.0f), ("context", 0.5f), ("background", 0.25f)];

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LuceneBaseline(string path)
    {
        _directory = new MMapDirectory(new DirectoryInfo(path));
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene.NET 4.8";

    public static void Build(string path, IEnumerable<BaselineQuote> quotes)
    {
        System.IO.Directory.CreateDirectory(path);
        using var directory = new MMapDirectory(new DirectoryInfo(path));
        var config = new IndexWriterConfig(Version, new EnglishAnalyzer(Version))
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var q in quotes)
        {
            var doc = new Document
            {
                new Int32Field("id", q.Quote.Id, Field.Store.YES),
                new StoredField("article", q.Quote.ArticleId),
                new StringField("speaker", q.Quote.SpeakerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Field.Store.NO),
                new TextField("text", q.Quote.Text, Field.Store.YES),
                new TextField("context", q.Quote.Context, Field.Store.NO),
                new TextField("background", q.Quote.Background, Field.Store.NO),
                new StoredField("speakerName", q.Quote.Speaker ?? ""),
                new StoredField("title", q.Title),
                new StoredField("outlet", q.Outlet ?? ""),
                new StoredField("url", q.Url ?? ""),
                new StoredField("published", q.PublishedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            };
            writer.AddDocument(doc);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    public static LuceneBaseline Open(string path) => new(path);

    public IReadOnlyList<int> Answer(BaselineQuery query, int top)
    {
        var terms = new BooleanQuery();
        foreach (var (term, weight) in query.Terms)
        {
            foreach (var (field, fieldWeight) in Fields)
            {
                terms.Add(new TermQuery(new Term(field, term)) { Boost = (float)(weight * fieldWeight) }, Occur.SHOULD);
            }
        }

        Query search = terms;
        if (query.SpeakerIds is { } speakers)
        {
            var who = new BooleanQuery();
            foreach (var id in speakers.DefaultIfEmpty(-1))
            {
                who.Add(new TermQuery(new Term("speaker", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), Occur.SHOULD);
            }

            search = new FilteredQuery(terms, new QueryWrapperFilter(who));
        }

        var hits = _searcher.Search(search, top).ScoreDocs;
        var ids = new List<int>(hits.Length);
        foreach (var hit in hits)
        {
            var doc = _searcher.Doc(hit.Doc);
            _ = doc.Get("text");
            _ = doc.Get("title");
            ids.Add(doc.GetField("id").GetInt32Value() ?? 0);
        }

        return ids;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
