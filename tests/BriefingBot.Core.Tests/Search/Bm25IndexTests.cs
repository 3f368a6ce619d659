using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class Bm25IndexTests
{
    [Fact]
    public void Compaction_drops_removed_documents_without_changing_results()
    {
        var compacting = new Bm25Index(compactAfter: 2);
        var fresh = new Bm25Index();
        for (var key = 1; key <= 10; key++)
        {
            compacting.Add(key, key % 3, Bm25Index.None, Doc(key));
        }

        foreach (var key in new[] { 2, 4, 6, 8, 9 })
        {
            compacting.Remove(key);
        }

        foreach (var key in new[] { 1, 3, 5, 7, 10 })
        {
            fresh.Add(key, key % 3, Bm25Index.None, Doc(key));
        }

        compacting.DeadCount.ShouldBeLessThan(2);
        var query = new[] { new WeightedTerm("common", 1), new WeightedTerm("odd", 1) };
        compacting.Search(query, top: 10).ShouldBe(fresh.Search(query, top: 10));
        compacting.RemoveGroup(1).ShouldBe(fresh.RemoveGroup(1));
        compacting.Search(query, top: 10).ShouldBe(fresh.Search(query, top: 10));
    }

    [Fact]
    public void Heavier_fields_count_more()
    {
        var index = new Bm25Index();
        index.Add(1, Bm25Index.None, Bm25Index.None, [new(["bridge"], 2f), new(["road"], 1f)]);
        index.Add(2, Bm25Index.None, Bm25Index.None, [new(["road"], 2f), new(["bridge"], 1f)]);

        index.Search([new WeightedTerm("bridge", 1)], top: 2).Select(h => h.Key).ShouldBe([1, 2]);
    }

    [Fact]
    public void Searches_and_writes_can_run_at_the_same_time()
    {
        var index = new Bm25Index(compactAfter: 16);
        var query = new[] { new WeightedTerm("common", 1) };

        Parallel.For(0, 2000, i =>
        {
            if (i % 4 == 0)
            {
                index.Add(i, i % 7, Bm25Index.None, Doc(i));
            }
            else if (i % 4 == 1)
            {
                index.Remove(i - 1);
            }
            else
            {
                index.Search(query, top: 5);
            }
        });

        index.Search(query, top: int.MaxValue).Count.ShouldBe(index.Count);
    }

    private static Bm25Field[] Doc(int key) =>
        [new(["common", key % 2 == 1 ? "odd" : "even", "word" + key], 1f)];
}
