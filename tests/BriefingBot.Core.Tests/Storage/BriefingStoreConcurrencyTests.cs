using BriefingBot.Core.Articles;
using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Storage;

public sealed class BriefingStoreConcurrencyTests
{
    [Fact]
    public async Task Reads_from_many_threads_during_writes_all_succeed()
    {
        using var test = new TestLibrary();
        var day = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 20; i++)
        {
            test.AddArticle($"Harbour news {i}", day.AddDays(i), ($"The harbour will open gate number {i} next week", "Ana Ortiz"));
        }

        var store = test.Library.Store;
        var speaker = test.Library.Speakers.FindByName("Ana Ortiz")!.Id;
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var round = 0; round < 200; round++)
            {
                store.QuotesOfSpeaker(speaker).ShouldNotBeEmpty();
                store.GetQuotes(Enumerable.Range(1, 20)).ShouldNotBeEmpty();
                store.ListArticles(5).Count.ShouldBe(5);
                store.GetArticles([1, 2, 3]).Count.ShouldBe(3);
                _ = store.QuoteCount;
            }
        }, TestContext.Current.CancellationToken));
        var writer = Task.Run(() =>
        {
            for (var i = 20; i < 60; i++)
            {
                test.AddArticle($"Harbour news {i}", day.AddDays(i), ($"The harbour will open gate number {i} next week", "Ana Ortiz"));
            }
        }, TestContext.Current.CancellationToken);

        await Task.WhenAll([.. readers, writer]);

        store.ArticleCount.ShouldBe(60);
        store.QuotesOfSpeaker(speaker).Count.ShouldBe(60);
    }
}
