using BriefingBot.Chat.State;
using BriefingBot.Testing.Files;

namespace BriefingBot.Chat.Tests.State;

/// <summary>What the ledger of answered updates keeps in the chat state file, across restarts.</summary>
public sealed class UpdateLedgerTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    private string StatePath => _folder.File("chat-state.db");

    [Fact]
    public void Updates_answered_in_the_same_moment_are_one_record()
    {
        using (var store = ChatStateStore.Open(StatePath))
        {
            var ledger = new UpdateLedger(store, TimeProvider.System, 1000);
            Answer(ledger, Enumerable.Range(1, 20));
        }

        using var reopened = ChatStateStore.Open(StatePath);
        reopened.Answered.Count().ShouldBeLessThan(20);
        reopened.Answered.FindAll().Sum(b => b.Keys.Count).ShouldBe(20);
    }

    [Fact]
    public void The_file_forgets_the_oldest_answered_updates_beyond_the_bound()
    {
        using (var store = ChatStateStore.Open(StatePath))
        {
            var ledger = new UpdateLedger(store, TimeProvider.System, 100);
            foreach (var id in Enumerable.Range(1, 300))
            {
                Answer(ledger, [id]);
                store.Writes.Flush();
            }
        }

        using var reopened = ChatStateStore.Open(StatePath);
        var again = new UpdateLedger(reopened, TimeProvider.System, 100);
        reopened.Answered.FindAll().Sum(b => b.Keys.Count).ShouldBe(100);
        again.TryTake("test", "300").ShouldBeFalse();
        again.TryTake("test", "201").ShouldBeFalse();
        again.TryTake("test", "200").ShouldBeTrue();
    }

    [Fact]
    public void Answered_updates_recorded_one_a_record_by_an_older_file_are_still_remembered()
    {
        using (var store = ChatStateStore.Open(StatePath))
        {
            store.Updates.InsertBulk(Enumerable.Range(1, 5).Select(i => new SeenUpdate { Id = "test:" + i, At = DateTime.UtcNow.AddMinutes(i) }));
        }

        using (var store = ChatStateStore.Open(StatePath))
        {
            var ledger = new UpdateLedger(store, TimeProvider.System, 100);
            ledger.TryTake("test", "3").ShouldBeFalse();
            Answer(ledger, [6]);
        }

        using var reopened = ChatStateStore.Open(StatePath);
        reopened.Updates.Count().ShouldBe(0);
        var again = new UpdateLedger(reopened, TimeProvider.System, 100);
        foreach (var id in Enumerable.Range(1, 6))
        {
            again.TryTake("test", id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();
        }
    }

    public void Dispose() => _folder.Dispose();

    private static void Answer(UpdateLedger ledger, IEnumerable<int> ids)
    {
        foreach (var id in ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            ledger.TryTake("test", id).ShouldBeTrue();
            ledger.Complete("test", id);
        }
    }
}
