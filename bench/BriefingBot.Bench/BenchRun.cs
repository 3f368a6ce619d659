using System.Diagnostics;
using BriefingBot.Bench.Corpus;
using BriefingBot.Bench.Engines;
using BriefingBot.Bench.Measure;
using BriefingBot.Chat;
using BriefingBot.Chat.State;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;

namespace BriefingBot.Bench;

/// <summary>Everything measured at one corpus size.</summary>
internal sealed class SizeResult
{
    public int TargetQuotes { get; set; }

    public int Articles { get; set; }

    public int StoredQuotes { get; set; }

    public Dictionary<string, double> Phases { get; } = [];

    public double IngestArticlesPerSecond { get; set; }

    public double IngestReadExtractShare { get; set; }

    public int IngestedArticles { get; set; }

    public double ExtractionRecall { get; set; }

    public double AttributionAccuracy { get; set; }

    public double BulkArticlesPerSecond { get; set; }

    public Dictionary<string, List<LatencyStats>> Latency { get; } = [];

    /// <summary>Eight askers arriving at random, together asking at half of what the cores answer (see <see cref="BenchRun.PacedAskers"/>).</summary>
    public Dictionary<string, LatencyStats> Paced { get; } = [];

    /// <summary>One asker who pauses as each of the paced eight does: the same answers with nobody beside them.</summary>
    public Dictionary<string, LatencyStats> PacedAlone { get; } = [];

    public Dictionary<string, ColdStartResult> ColdStart { get; } = [];

    public Dictionary<string, long> DiskBytes { get; } = [];

    public Dictionary<string, double> BuildSeconds { get; } = [];

    public Dictionary<string, double> Overlap { get; } = [];

    public int OverlapSample { get; set; }

    public Dictionary<string, int> QuestionKinds { get; } = [];

    public Dictionary<string, SectionTime> AnswerProfile { get; set; } = [];

    public Dictionary<string, SectionTime> IngestProfile { get; set; } = [];
}

/// <summary>One corpus size, end to end: bulk import and real ingest into a fresh store, baselines over the stored quotes, answers, cold starts.</summary>
internal sealed class BenchRun(BenchOptions options, int targetQuotes)
{
    public const int PacedAskers = 8;

    /// <summary>How many answers one asker's percentiles come from, at least (the question set is asked again until there are).</summary>
    public const int SingleAskerAnswers = 1000;

    /// <summary>
    /// How many answers each paced run's p99 comes from, at least: the p99 of one pass (2,400 answers) is a couple of dozen
    /// of them, and a collection or a stray wake-up moved it by half from run to run.
    /// </summary>
    public const int PacedAnswers = 8000;

    private readonly string _folder = Path.Combine(options.Work, $"q{targetQuotes}");

    public SizeResult Run()
    {
        var result = new SizeResult { TargetQuotes = targetQuotes };
        if (options.Reuse && File.Exists(Path.Combine(_folder, "briefings.db")))
        {
            return Measure(result, new CorpusGenerator(options.Seed));
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        Directory.CreateDirectory(_folder);
        var corpus = new CorpusGenerator(options.Seed);
        var articles = CorpusGenerator.ArticlesFor(targetQuotes);
        var ingestCount = Math.Min(options.Quick ? 40 : 1000, Math.Max(1, articles / 5));
        var bulkCount = articles - ingestCount;
        result.Articles = articles;
        result.IngestedArticles = ingestCount;
        var storePath = Path.Combine(_folder, "briefings.db");

        // No shipped speakers: the store starts empty, so the bulk import keeps its ids (the fast path of import).
        var libraryOptions = new LibraryOptions { StorePath = storePath, LoadSampleData = false, SpeakersPath = Path.Combine(_folder, "no-speakers.json") };

        Log($"{targetQuotes:N0} quotes: {articles:N0} articles, {bulkCount:N0} by bulk import, {ingestCount:N0} through the ingestor");
        var bulkFile = Path.Combine(_folder, "bulk.json");
        Time(result, "generate bulk document", () => BulkDocument.Write(bulkFile, corpus, bulkCount));

        using (var library = BriefingLibrary.Open(libraryOptions))
        {
            var bulk = Stopwatch.StartNew();
            using (var input = File.OpenRead(bulkFile))
            {
                library.Import(input);
            }

            result.Phases["bulk import (read, store, index)"] = bulk.Elapsed.TotalSeconds;
            result.BulkArticlesPerSecond = bulkCount / bulk.Elapsed.TotalSeconds;
            File.Delete(bulkFile);
            Log($"bulk import: {result.BulkArticlesPerSecond:N0} articles/s");

            Ingest(result, corpus, library, bulkCount, ingestCount);
        }

        Time(result, "open after ingest (warm, same process)", () => BriefingLibrary.Open(libraryOptions).Dispose());
        var lucenePath = Path.Combine(_folder, "lucene");
        var sqlitePath = Path.Combine(_folder, "fts5.db");
        using (var library = BriefingLibrary.Open(libraryOptions))
        {
            var stored = StoredQuotes(library);
            result.BuildSeconds["Lucene.NET 4.8"] = Seconds(() => LuceneBaseline.Build(lucenePath, stored()));
            result.BuildSeconds["SQLite FTS5"] = Seconds(() => SqliteBaseline.Build(sqlitePath, stored()));
            Log($"baselines built: Lucene {result.BuildSeconds["Lucene.NET 4.8"]:N1} s, FTS5 {result.BuildSeconds["SQLite FTS5"]:N1} s");
        }

        return Measure(result, corpus);
    }

    // Everything after the stores are built: questions, cold starts, answers.
    private SizeResult Measure(SizeResult result, CorpusGenerator corpus)
    {
        var storePath = Path.Combine(_folder, "briefings.db");
        var libraryOptions = new LibraryOptions { StorePath = storePath, LoadSampleData = false, SpeakersPath = Path.Combine(_folder, "no-speakers.json") };
        var lucenePath = Path.Combine(_folder, "lucene");
        var sqlitePath = Path.Combine(_folder, "fts5.db");
        result.DiskBytes["ours (LiteDB store + index files)"] = FolderBytes(_folder, "briefings");

        var questions = QuestionGenerator.Generate(corpus, options.Questions, options.Seed);
        foreach (var kind in questions.GroupBy(q => q.Kind))
        {
            result.QuestionKinds[kind.Key.ToString()] = kind.Count();
        }

        var questionsFile = Path.Combine(_folder, "questions.txt");
        File.WriteAllLines(questionsFile, questions.Select(q => q.Text));

        using (var library = BriefingLibrary.Open(libraryOptions))
        {
            var composer = new AnswerComposer(library, new AnswerOptions());
            BaselineQueries.Write(questionsFile + ".queries", BaselineQueries.From(questions, composer, library));
            result.StoredQuotes = library.Quotes.Count;
            result.Articles = library.Articles.Count;
        }

        result.DiskBytes["Lucene.NET 4.8"] = FolderBytes(lucenePath, "");
        result.DiskBytes["SQLite FTS5"] = new FileInfo(sqlitePath).Length;

        foreach (var (engine, path) in new[] { ("ours", storePath), ("lucene", lucenePath), ("sqlite", sqlitePath) })
        {
            var runs = Enumerable.Range(0, options.ColdRuns).Select(_ => ColdStart.Run(engine, path, questionsFile)).ToList();
            result.ColdStart[engine] = runs.OrderBy(r => r.WallMs).ElementAt(runs.Count / 2);
            Log($"cold start {engine}: {result.ColdStart[engine].WallMs:N0} ms to first answer, peak {result.ColdStart[engine].PeakWorkingSetBytes / 1048576.0:N0} MB");
        }

        Answers(result, libraryOptions, questions, questionsFile, lucenePath, sqlitePath);
        return result;
    }

    private void Ingest(SizeResult result, CorpusGenerator corpus, BriefingLibrary library, int first, int count)
    {
        var texts = Enumerable.Range(first, count).Select(corpus.Article).ToList();
        var reader = new ArticleReader();
        var extractor = new QuoteExtractor();

        // Reading and extraction alone (no store), to tell their cost from the store write and index update.
        var found = 0;
        var right = 0;
        var readExtract = Seconds(() =>
        {
            foreach (var article in texts)
            {
                var parsed = reader.Read(article.FileText, ArticleFormat.Text);
                var extraction = extractor.Extract(new ArticleText(parsed.Title, parsed.Body), library.Speakers);
                foreach (var quote in extraction.Quotes)
                {
                    var expected = article.Quotes.FirstOrDefault(q => q.Text.Contains(quote.Text, StringComparison.Ordinal) || quote.Text.Contains(q.Text, StringComparison.Ordinal));
                    if (expected is null)
                    {
                        continue;
                    }

                    found++;
                    if (quote.Speaker is { } name && corpus.Speakers[expected.Speaker].Name.Contains(name, StringComparison.OrdinalIgnoreCase))
                    {
                        right++;
                    }
                }
            }
        });

        // Through the many-article path (what `ingest` of a folder uses): batches, each stored in one transaction.
        var ingestor = new ArticleIngestor(reader, extractor, library, TimeProvider.System);
        var total = Seconds(() =>
        {
            var stored = CountStored(ingestor.IngestTextsAsync(texts.Select((t, i) => (t.FileText, ArticleFormat.Text, $"bench/{first + i}.txt")), CancellationToken.None))
                .GetAwaiter().GetResult();
            if (stored != texts.Count)
            {
                throw new InvalidOperationException($"Only {stored} of {texts.Count} generated articles were ingested.");
            }
        });

        var generated = texts.Sum(t => t.Quotes.Count);
        result.ExtractionRecall = (double)found / generated;
        result.AttributionAccuracy = found == 0 ? 0 : (double)right / found;
        result.IngestArticlesPerSecond = count / total;
        result.IngestReadExtractShare = readExtract / total;
        result.Phases["ingest through ArticleIngestor"] = total;
        result.Phases["  of which read + extract + attribute (measured alone)"] = readExtract;
        Log($"ingest: {result.IngestArticlesPerSecond:N0} articles/s (read+extract {readExtract / total:P0}); recall {result.ExtractionRecall:P0}, attribution {result.AttributionAccuracy:P0}");
    }

    private void Answers(SizeResult result, LibraryOptions libraryOptions, IReadOnlyList<BenchQuestion> questions, string questionsFile, string lucenePath, string sqlitePath)
    {
        var queries = BaselineQueries.Read(questionsFile + ".queries");
        using var library = BriefingLibrary.Open(libraryOptions);
        var composer = new AnswerComposer(library, new AnswerOptions());
        using var lucene = LuceneBaseline.Open(lucenePath);
        using var sqlite = SqliteBaseline.Open(sqlitePath);

        // The chat state in a file, as `serve` keeps it: its commits (and their syncs) run beside the answers.
        var statePath = Path.Combine(_folder, "chat-state.db");
        foreach (var file in ChatStateStore.FilesOf(statePath))
        {
            File.Delete(file);
        }

        using var chatState = ChatStateStore.Open(statePath);
        var chat = new DispatcherAsker(ChatServiceCollectionExtensions.CreateDispatcher(library, composer, chatState, new ChatOptions(), TimeProvider.System));
        var engines = new (string Name, Func<int, IReadOnlyList<int>> Answer)[]
        {
            ("ours", i => composer.Ask(questions[i].Text).Quotes.Select(q => q.QuoteId).ToList()),
            (DispatcherAsker.Name, i => chat.Ask(questions[i].Text)),
            (lucene.Name, i => lucene.Answer(queries[i], BaselineQueries.Top)),
            (sqlite.Name, i => sqlite.Answer(queries[i], BaselineQueries.Top)),
        };

        // Every engine is warmed up before any is timed: code the JIT was still promoting in the background slowed whichever
        // engine was timed first (the dispatcher, which runs our engine, answered faster than our engine timed before it).
        foreach (var (_, answer) in engines)
        {
            Latency.WarmUp(questions.Count, i => answer(i));
        }

        foreach (var (name, answer) in engines)
        {
            var stats = new List<LatencyStats>();
            foreach (var askers in new[] { 1, 2, 8 })
            {
                // One asker's p99 is what the others are held against: from at least SingleAskerAnswers answers, not a few outliers.
                stats.Add(Latency.Measure(questions.Count, askers, i => answer(i), askers == 1 ? SingleAskerPasses(questions.Count) : 1));
            }

            result.Latency[name] = stats;
            Log($"{name}: p50 {stats[0].P50:N3} ms, p99 {stats[0].P99:N3} ms (1 asker)");
        }

        // Back-to-back askers beyond the cores measure the cores: eight on two wait about four times as long by construction.
        // Eight askers who pause between questions, together asking at half the rate the cores answer, show whether
        // requests wait on each other rather than on the processor; they are held against one asker who pauses the same way,
        // whose answers meet the same cold caches and wake-ups but nobody else's requests.
        foreach (var (name, answer) in engines.Take(2))
        {
            var thinkTime = TimeSpan.FromMilliseconds(result.Latency[name][0].Mean * PacedAskers / (0.5 * Environment.ProcessorCount));
            result.PacedAlone[name] = Latency.Measure(questions.Count, 1, i => answer(i), thinkTime, Passes(PacedAnswers, questions.Count));
            result.Paced[name] = Latency.Measure(questions.Count, PacedAskers, i => answer(i), thinkTime, Passes(PacedAnswers, PacedAskers * questions.Count));
            Log($"{name}: p99 {result.Paced[name].P99:N3} ms with {PacedAskers} askers arriving at random, {result.PacedAlone[name].P99:N3} ms with one");
        }

        // Fairness: on questions that name a known speaker or only a topic, how many of our top quotes each baseline also returns.
        var sample = Enumerable.Range(0, questions.Count)
            .Where(i => questions[i].Kind is QuestionKind.SpeakerAndTopic or QuestionKind.TopicOnly && queries[i].Terms.Count > 0)
            .Take(200)
            .ToList();
        result.OverlapSample = sample.Count;
        var ours = sample.ToDictionary(i => i, i => engines[0].Answer(i));
        foreach (var (name, answer) in engines.Skip(1))
        {
            result.Overlap[$"ours vs {name}"] = sample.Average(i => Overlap(ours[i], answer(i)));
        }

        result.Overlap[$"{lucene.Name} vs {sqlite.Name}"] = sample.Average(i => Overlap(lucene.Answer(queries[i], BaselineQueries.Top), sqlite.Answer(queries[i], BaselineQueries.Top)));

        // Where the time goes (done last: the ingest profile adds articles beyond the corpus to the store).
        result.AnswerProfile = Profile.Answers(library, composer, questions);
        var corpus = new CorpusGenerator(options.Seed);
        result.IngestProfile = Profile.Ingest(library, Enumerable.Range(result.Articles, options.Quick ? 10 : 100).Select(corpus.Article));
    }

    private static int SingleAskerPasses(int questions) => Passes(SingleAskerAnswers, questions);

    // How many passes over the questions give at least `answers` answers.
    private static int Passes(int answers, int perPass) => Math.Max(1, (answers + perPass - 1) / Math.Max(1, perPass));

    private static async Task<int> CountStored(IAsyncEnumerable<IngestOutcome> outcomes)
    {
        var stored = 0;
        await foreach (var outcome in outcomes)
        {
            stored += outcome.Result is null ? 0 : 1;
        }

        return stored;
    }

    private static double Overlap(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        return (double)a.Intersect(b).Count() / Math.Max(a.Count, b.Count);
    }

    private static Func<IEnumerable<BaselineQuote>> StoredQuotes(BriefingLibrary library)
    {
        var articles = library.Store.ListArticles().ToDictionary(a => a.Id, a => (a.Title, a.Outlet, a.Url, a.PublishedAt));
        return () => library.Store.AllQuotes().Select(q =>
        {
            var a = articles[q.ArticleId];
            return new BaselineQuote(q, a.Title, a.Outlet, a.Url, a.PublishedAt);
        });
    }

    private static long FolderBytes(string folder, string prefix) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles().Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal) && !f.Name.EndsWith(".lock", StringComparison.Ordinal)).Sum(f => f.Length)
            : 0;

    private static void Time(SizeResult result, string phase, Action action)
    {
        result.Phases[phase] = Seconds(action);
    }

    private static double Seconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    internal static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
