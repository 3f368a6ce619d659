using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Search;
using BriefingBot.Testing.Library;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class ArticleIngestorTests : IDisposable
{
    private readonly TestLibrary _test = new();

    public void Dispose() => _test.Dispose();

    private ArticleIngestor Ingestor(int batchSize = ArticleIngestor.DefaultBatchSize) =>
        new(new ArticleReader(), new QuoteExtractor(), _test.Library, new FakeTimeProvider()) { BatchSize = batchSize };

    [Fact]
    public async Task Many_articles_are_stored_with_their_quotes_and_speakers_and_found_at_once()
    {
        var outcomes = await All(Ingestor(batchSize: 3).IngestTextsAsync(Enumerable.Range(1, 7).Select(Text), TestContext.Current.CancellationToken));

        outcomes.Select(o => o.Source).ShouldBe(Enumerable.Range(1, 7).Select(n => $"article-{n}.txt"));
        outcomes.ShouldAllBe(o => o.Result != null && o.Result.Quotes.Count == 1);
        _test.Library.Store.ArticleCount.ShouldBe(7);
        var quote = _test.Library.Store.AllQuotes().First();
        quote.Speaker.ShouldBe("Ana Ortiz");
        _test.Library.Store.AllSpeakers().ShouldContain(s => s.Id == quote.SpeakerId && s.Name == "Ana Ortiz");
        Search("lighthouse7").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_input_that_is_not_an_article_is_reported_and_the_others_are_stored()
    {
        var inputs = new[] { Text(1), ("", ArticleFormat.Text, "empty.txt"), Text(2) };

        var outcomes = await All(Ingestor().IngestTextsAsync(inputs, TestContext.Current.CancellationToken));

        outcomes.Select(o => (o.Source, Stored: o.Result != null)).ShouldBe([("article-1.txt", true), ("empty.txt", false), ("article-2.txt", true)]);
        outcomes[1].Error.ShouldNotBeNullOrWhiteSpace();
        _test.Library.Store.ArticleCount.ShouldBe(2);
    }

    [Fact]
    public async Task When_the_store_fails_the_batches_before_stay_stored_and_nothing_of_the_failing_one_is()
    {
        var commits = 0;
        _test.Library.Store.OnWriteStep = step =>
        {
            if (step == "commit" && ++commits == 2)
            {
                throw new IOException("disk full");
            }
        };
        var outcomes = new List<IngestOutcome>();

        await Should.ThrowAsync<IOException>(async () =>
        {
            await foreach (var outcome in Ingestor(batchSize: 3).IngestTextsAsync(Enumerable.Range(1, 8).Select(Text), TestContext.Current.CancellationToken))
            {
                outcomes.Add(outcome);
            }
        });
        _test.Library.Store.OnWriteStep = null;

        outcomes.Select(o => o.Source).ShouldBe(["article-1.txt", "article-2.txt", "article-3.txt"]);
        _test.Library.Store.ArticleCount.ShouldBe(3);
        _test.Library.Quotes.Count.ShouldBe(3);
        Search("lighthouse3").ShouldHaveSingleItem();
        Search("lighthouse4").ShouldBeEmpty();
    }

    [Fact]
    public async Task Files_are_ingested_in_batches_and_a_missing_file_is_reported()
    {
        var folder = Path.GetDirectoryName(_test.Options.StorePath)!;
        var paths = Enumerable.Range(1, 4).Select(n =>
        {
            var path = Path.Combine(folder, $"article-{n}.txt");
            File.WriteAllText(path, Text(n).Content);
            return path;
        }).Append(Path.Combine(folder, "missing.txt")).ToList();

        var outcomes = await All(Ingestor(batchSize: 2).IngestFilesAsync(paths, TestContext.Current.CancellationToken));

        outcomes.Select(o => o.Result != null).ShouldBe([true, true, true, true, false]);
        _test.Library.Store.ArticleCount.ShouldBe(4);
    }

    [Fact]
    public async Task A_speaker_first_named_in_one_batch_is_stored_once_when_the_next_batch_names_them_too()
    {
        var outcomes = await All(Ingestor(batchSize: 2).IngestTextsAsync(Enumerable.Range(1, 9).Select(Text), TestContext.Current.CancellationToken));

        outcomes.Count.ShouldBe(9);
        var ortiz = _test.Library.Store.AllSpeakers().Where(s => s.Name == "Ana Ortiz").ShouldHaveSingleItem();
        _test.Library.Store.AllQuotes().ShouldAllBe(q => q.SpeakerId == ortiz.Id);
        _test.Library.Speakers.FindByName("Ana Ortiz")!.Id.ShouldBe(ortiz.Id);
    }

    private static async Task<List<IngestOutcome>> All(IAsyncEnumerable<IngestOutcome> outcomes)
    {
        var all = new List<IngestOutcome>();
        await foreach (var outcome in outcomes)
        {
            all.Add(outcome);
        }

        return all;
    }

    private IReadOnlyList<QuoteHit> Search(string word) =>
        _test.Library.Quotes.Search([.. _test.Library.Analyzer.Terms(word).Select(t => new WeightedTerm(t, 1))], 10);

    private static (string Content, ArticleFormat Format, string Source) Text(int n) => (
        $"Harbour news {n}\n\nBy Example staff\nSource: https://news.example/harbour/{n}\n\n"
        + $"The council met on Monday about the harbour.\n\n\"We will repair lighthouse{n} before the winter storms,\" said Ana Ortiz, the mayor.\n",
        ArticleFormat.Text,
        $"article-{n}.txt");
}
