using BriefingBot.Core.Articles;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;

namespace BriefingBot.Core.Tests.Library;

public sealed class IndexSnapshotTests : IDisposable
{
    private static readonly string[] Questions = ["bridge", "harbour", "ferry late", "storm bridge harbour", "boats", "budget vote", "summary words"];

    private readonly TemporaryDirectory _folder = new();
    private readonly LibraryOptions _options;

    public IndexSnapshotTests()
    {
        _options = new LibraryOptions { StorePath = _folder.File("library.db"), LoadSampleData = false };
    }

    private string SnapshotPath => IndexSnapshot.PathFor(Path.GetFullPath(_options.StorePath));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_saved_quote_index_loads_back_with_the_same_answers_and_keeps_taking_writes()
    {
        var analyzer = new TextAnalyzer();
        var quotes = Enumerable.Range(1, 40)
            .Select(i => new Quote { Id = i, ArticleId = 1 + (i / 4), SpeakerId = i % 3 == 0 ? null : i % 5, Text = Words(i), Context = Words(i + 7), Background = "harbour budget" })
            .ToList();
        var index = QuoteIndex.Build(quotes, analyzer);
        index.Remove(3);
        index.RemoveArticle(5);

        var loaded = RoundTrip(index, analyzer);

        loaded.Count.ShouldBe(index.Count);
        foreach (var question in Questions)
        {
            var terms = Terms(analyzer, question);
            loaded.Search(terms, 10).ShouldBe(index.Search(terms, 10), question);
            loaded.Search(terms, 10, new HashSet<int> { 1, 2 }).ShouldBe(index.Search(terms, 10, new HashSet<int> { 1, 2 }), question);
        }

        loaded.QuotesOfSpeaker(2).ShouldBe(index.QuotesOfSpeaker(2));
        loaded.ContainsTerm("harbour").ShouldBe(index.ContainsTerm("harbour"));
        loaded.Contains(3).ShouldBeFalse();

        var added = new Quote { Id = 99, ArticleId = 50, SpeakerId = 2, Text = "A storm closed the harbour bridge" };
        index.Add(added);
        loaded.Add(added);
        index.RemoveArticle(2);
        loaded.RemoveArticle(2);
        loaded.Search(Terms(analyzer, "storm bridge"), 10).ShouldBe(index.Search(Terms(analyzer, "storm bridge"), 10));
    }

    [Fact]
    public void A_cut_off_index_is_refused()
    {
        var analyzer = new TextAnalyzer();
        var index = QuoteIndex.Build([new Quote { Id = 1, ArticleId = 1, Text = "The bridge must close" }], analyzer);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            index.Write(writer);
        }

        stream.SetLength(stream.Length - 6);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        Should.Throw<Exception>(() => QuoteIndex.Read(reader, analyzer)).ShouldBeAssignableTo<IOException>();
    }

    [Fact]
    public void Closing_saves_the_indexes_and_opening_loads_them_instead_of_rebuilding()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "a", "Harbour news", "The bridge must close", "Boats wait in the harbour");
        }

        File.Exists(SnapshotPath).ShouldBeTrue();
        var written = File.GetLastWriteTimeUtc(SnapshotPath);

        using (var library = BriefingLibrary.Open(_options))
        {
            AssertInStep(library);
            library.Quotes.Count.ShouldBe(2);
        }

        // Nothing changed, so closing did not write it again.
        File.GetLastWriteTimeUtc(SnapshotPath).ShouldBe(written);
    }

    [Fact]
    public void Writes_the_snapshot_missed_because_the_process_died_are_replayed_on_open()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            var a = Save(library, "a", "Harbour news", "The bridge must close", "Boats wait in the harbour");
            Save(library, "b", "Budget news", "The budget vote is on Friday");
            library.SetSummary(a.Id, "Old summary");
        }

        // The process dies after these writes reached the store but before the snapshot was written: the store is closed,
        // the library is abandoned without being disposed.
        var crashed = BriefingLibrary.Open(_options);
        Save(crashed, "c", "Storm news", "A storm hit the harbour bridge");
        Save(crashed, "a", "Harbour news again", "The bridge reopens on Monday");
        crashed.SetSummary(crashed.Store.ListArticles().Single(x => x.Title == "Budget news").Id, "Summary words about the vote");
        crashed.Store.Dispose();

        using var reopened = BriefingLibrary.Open(_options);
        AssertInStep(reopened);
        reopened.Quotes.Count.ShouldBe(3);
        Top(reopened, "bridge").ShouldNotContain(q => q.Text == "The bridge must close");
        reopened.Articles.Search(Terms(reopened.Analyzer, "summary words"), 5).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_write_that_died_inside_the_store_leaves_store_and_indexes_agreeing()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "a", "Harbour news", "The bridge must close");
        }

        var crashed = BriefingLibrary.Open(_options);
        Save(crashed, "b", "Budget news", "The budget vote is on Friday");
        crashed.Store.OnWriteStep = step =>
        {
            if (step == "commit")
            {
                throw new IOException("power cut");
            }
        };
        Should.Throw<IOException>(() => Save(crashed, "c", "Storm news", "A storm hit the harbour bridge"));
        crashed.Store.OnWriteStep = null;
        crashed.Store.Dispose();

        using var reopened = BriefingLibrary.Open(_options);
        AssertInStep(reopened);
        reopened.Quotes.Count.ShouldBe(2);
        Top(reopened, "storm").ShouldBeEmpty();
    }

    [Fact]
    public void A_damaged_or_foreign_snapshot_is_ignored_and_the_indexes_are_rebuilt()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "a", "Harbour news", "The bridge must close", "Boats wait in the harbour");
        }

        var bytes = File.ReadAllBytes(SnapshotPath);
        File.WriteAllBytes(SnapshotPath, bytes[..(bytes.Length / 2)]);
        using (var library = BriefingLibrary.Open(_options))
        {
            AssertInStep(library);
            library.Quotes.Count.ShouldBe(2);
        }

        // A snapshot from another store (copied beside this one) names another store id.
        var other = new LibraryOptions { StorePath = _folder.File("other.db"), LoadSampleData = false };
        using (var library = BriefingLibrary.Open(other))
        {
            Save(library, "z", "Other", "Nothing about harbours here at all");
        }

        File.Copy(IndexSnapshot.PathFor(Path.GetFullPath(other.StorePath)), SnapshotPath, overwrite: true);
        using (var library = BriefingLibrary.Open(_options))
        {
            AssertInStep(library);
            Top(library, "bridge").ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void A_snapshot_ahead_of_its_store_is_not_trusted()
    {
        var before = _folder.File("before.db");
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "a", "Harbour news", "The bridge must close");
        }

        File.Copy(Path.GetFullPath(_options.StorePath), before);
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "b", "Storm news", "A storm hit the harbour bridge");
        }

        // The store goes back to a copy taken before the last write; the snapshot is newer than it.
        File.Copy(before, Path.GetFullPath(_options.StorePath), overwrite: true);
        using var restored = BriefingLibrary.Open(_options);
        AssertInStep(restored);
        Top(restored, "storm").ShouldBeEmpty();
    }

    private static Article Save(BriefingLibrary library, string key, string title, params string[] texts)
    {
        var quotes = texts.Select(t => new Quote { Text = t, Length = t.Length, Kind = QuoteKind.Full, Context = t }).ToList();
        var article = new Article
        {
            Title = title,
            Body = string.Join("\n\n", texts),
            Url = $"https://news.example/{key}",
            ContentHash = $"hash-{key}-{string.Join("|", texts).GetHashCode(StringComparison.Ordinal)}",
            IngestedAt = DateTimeOffset.UnixEpoch,
        };
        return library.Save(article, quotes).Article;
    }

    [Fact]
    public void A_batch_that_died_inside_the_store_leaves_store_indexes_and_citations_agreeing()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            Save(library, "a", "Harbour news", "The bridge must close");
        }

        var crashed = BriefingLibrary.Open(_options);
        var batch = crashed.StartBatch();
        foreach (var key in new[] { "b", "c", "a" })
        {
            var article = new Article { Title = $"News {key}", Body = "A storm hit the harbour bridge", Url = $"https://news.example/{key}", ContentHash = $"batch-{key}", IngestedAt = DateTimeOffset.UnixEpoch };
            batch.Add(article, [], [(new Quote { Text = $"A storm hit the harbour bridge {key}", Kind = QuoteKind.Full, Context = "" }, "Ana Ortiz")]);
        }

        crashed.Store.OnWriteStep = step =>
        {
            if (step == "commit")
            {
                throw new IOException("power cut");
            }
        };
        Should.Throw<IOException>(batch.Save);
        crashed.Store.OnWriteStep = null;
        AssertInStep(crashed);
        crashed.Store.Dispose();

        using var reopened = BriefingLibrary.Open(_options);
        AssertInStep(reopened);
        Top(reopened, "storm").ShouldBeEmpty();
        reopened.Store.AllSpeakers().ShouldNotContain(s => s.Name == "Ana Ortiz");
    }

    [Fact]
    public void A_saved_citation_table_loads_back_with_every_field()
    {
        using (var library = BriefingLibrary.Open(_options))
        {
            var article = Save(library, "a", "Harbour news", "The bridge must close", "Boats wait in the harbour");
            library.SetSummary(article.Id, "The harbour bridge closes.");
            Save(library, "b", "Budget news", "The budget vote is on Friday");
        }

        using var reopened = BriefingLibrary.Open(_options);
        AssertInStep(reopened);
        reopened.Citations.Article(1)!.Summary.ShouldBe("The harbour bridge closes.");
        reopened.Citations.Article(2)!.SummaryIsLead.ShouldBeTrue();
    }

    // The library's indexes answer exactly like indexes built afresh from what the store holds, and its citations hold
    // exactly the stored quotes and articles.
    private static void AssertInStep(BriefingLibrary library) => StoreAgreement.AssertInStep(library, Questions);

    private static IReadOnlyList<Quote> Top(BriefingLibrary library, string question) =>
        library.Store.GetQuotes(library.Quotes.Search(Terms(library.Analyzer, question), 10).Select(h => h.QuoteId));

    private static List<WeightedTerm> Terms(TextAnalyzer analyzer, string text) => StoreAgreement.Terms(analyzer, text);

    private static string Words(int i)
    {
        string[] words = ["bridge", "harbour", "ferry", "late", "storm", "boats", "budget", "vote", "close", "open", "river", "tax"];
        return string.Join(' ', Enumerable.Range(0, 3 + (i % 4)).Select(k => words[(i * 7 + k * 3) % words.Length]));
    }

    private static QuoteIndex RoundTrip(QuoteIndex index, TextAnalyzer analyzer)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            index.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        return QuoteIndex.Read(reader, analyzer);
    }
}
