using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class SamplePackTests : IDisposable
{
    private readonly TestLibrary _test = new();

    private static string PackPath => Path.Combine(AppContext.BaseDirectory, "config", "sample-pack.json");

    public void Dispose() => _test.Dispose();

    [Fact]
    public void The_pack_fills_an_empty_library_with_cited_quotes()
    {
        var added = new SamplePack(TimeProvider.System).LoadIfEmpty(_test.Library, PackPath);

        added.ShouldBeGreaterThan(0);
        var peskov = _test.Library.Speakers.FindByName("Peskov")!;
        _test.Library.Quotes.QuotesOfSpeaker(peskov.Id).ShouldNotBeEmpty();
        _test.Library.Store.ListArticles().ShouldAllBe(a => !string.IsNullOrWhiteSpace(a.Summary));
    }

    [Fact]
    public void The_pack_is_not_loaded_into_a_library_that_has_articles()
    {
        _test.AddArticle("Harbour news", DateTimeOffset.UnixEpoch, ("The harbour will stay open all winter long", "Ana Ortiz"));

        new SamplePack(TimeProvider.System).LoadIfEmpty(_test.Library, PackPath).ShouldBe(0);

        _test.Library.Store.ArticleCount.ShouldBe(1);
    }

    [Fact]
    public void The_pack_holds_only_short_quotes()
    {
        new SamplePack(TimeProvider.System).LoadIfEmpty(_test.Library, PackPath);

        _test.Library.Store.AllQuotes().ShouldAllBe(q => q.Text.Split(' ', StringSplitOptions.None).Length <= 20);
    }
}
