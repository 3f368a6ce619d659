using BriefingBot.Chat.Paging;
using BriefingBot.Chat.State;
using BriefingBot.Testing.Files;

namespace BriefingBot.Chat.Tests.Paging;

/// <summary>What the "More" pages keep in the chat state file, across restarts.</summary>
public sealed class PagingStoreTests : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);
    private readonly TemporaryDirectory _folder = new();

    private string StatePath => _folder.File("chat-state.db");

    [Fact]
    public void Pages_saved_in_the_same_moment_are_one_record_and_each_is_found_after_a_restart()
    {
        List<string> payloads;
        using (var store = ChatStateStore.Open(StatePath))
        {
            var paging = new PagingStore(store, TimeProvider.System, Lifetime);
            payloads = Enumerable.Range(1, 10).Select(i => paging.Save("test", "7", "query", $"question {i}", 5)).ToList();
        }

        using var reopened = ChatStateStore.Open(StatePath);
        reopened.PageBatches.Count().ShouldBeLessThan(10);
        var again = new PagingStore(reopened, TimeProvider.System, Lifetime);
        foreach (var (payload, i) in payloads.Select((p, i) => (p, i + 1)))
        {
            again.Find(payload, "test", "7", out var page).ShouldBe(PageLookup.Found);
            page!.Query.ShouldBe($"question {i}");
        }
    }

    [Fact]
    public void Pages_saved_after_a_restart_do_not_take_the_place_of_earlier_ones()
    {
        string before;
        using (var store = ChatStateStore.Open(StatePath))
        {
            before = new PagingStore(store, TimeProvider.System, Lifetime).Save("test", "7", "query", "before", 5);
        }

        using var reopened = ChatStateStore.Open(StatePath);
        var again = new PagingStore(reopened, TimeProvider.System, Lifetime);
        var after = again.Save("test", "7", "query", "after", 5);
        reopened.Writes.Flush();

        again.Find(before, "test", "7", out var first).ShouldBe(PageLookup.Found);
        first!.Query.ShouldBe("before");
        new PagingStore(reopened, TimeProvider.System, Lifetime).Find(after, "test", "7", out var second).ShouldBe(PageLookup.Found);
        second!.Query.ShouldBe("after");
    }

    [Fact]
    public void Many_pages_saved_in_one_moment_are_records_of_a_few_dozen_none_overwritten_after_a_restart()
    {
        List<string> payloads;
        using (var store = ChatStateStore.Open(StatePath))
        {
            var paging = new PagingStore(store, TimeProvider.System, Lifetime);
            payloads = Enumerable.Range(1, 150).Select(i => paging.Save("test", "7", "query", $"question {i}", 5)).ToList();
        }

        using var reopened = ChatStateStore.Open(StatePath);
        reopened.PageBatches.FindAll().Max(b => b.Pages.Count).ShouldBeLessThanOrEqualTo(64);
        var again = new PagingStore(reopened, TimeProvider.System, Lifetime);
        var after = Enumerable.Range(1, 100).Select(i => again.Save("test", "7", "query", $"after {i}", 5)).ToList();
        reopened.Writes.Flush();

        var fresh = new PagingStore(reopened, TimeProvider.System, Lifetime);
        foreach (var (payload, query) in payloads.Select((p, i) => (p, $"question {i + 1}")).Concat(after.Select((p, i) => (p, $"after {i + 1}"))))
        {
            fresh.Find(payload, "test", "7", out var page).ShouldBe(PageLookup.Found);
            page!.Query.ShouldBe(query);
        }
    }

    [Fact]
    public void A_page_an_older_file_kept_on_its_own_still_works()
    {
        using (var store = ChatStateStore.Open(StatePath))
        {
            store.Pages.Insert(new PageState { Id = "AbCdEfGhIjKl", Platform = "test", ChatId = "7", Kind = "query", Query = "older", CreatedAt = DateTime.UtcNow });
        }

        using var reopened = ChatStateStore.Open(StatePath);
        new PagingStore(reopened, TimeProvider.System, Lifetime).Find(PagingStore.Prefix + "AbCdEfGhIjKl", "test", "7", out var page).ShouldBe(PageLookup.Found);
        page!.Query.ShouldBe("older");
    }

    public void Dispose() => _folder.Dispose();
}
