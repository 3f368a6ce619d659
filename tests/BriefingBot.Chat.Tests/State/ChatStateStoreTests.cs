using BriefingBot.Chat.State;
using BriefingBot.Testing.Files;

namespace BriefingBot.Chat.Tests.State;

/// <summary>How the chat state file is written: what a commit costs the disk, and what a crash leaves.</summary>
public sealed class ChatStateStoreTests : IDisposable
{
    private static readonly TimeSpan OnDiskWithin = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory _folder = new();

    private string StatePath => _folder.File("chat-state.db");

    [Fact]
    public void A_commit_forces_the_log_to_disk_twice_however_many_pages_it_writes()
    {
        // Made and closed first: a new file's collections and indexes are commits of their own, written behind.
        ChatStateStore.Open(StatePath).Dispose();
        using var store = ChatStateStore.Open(StatePath);
        var log = store.Files!.Log;
        var before = log.Syncs;

        // Some 300 KB of values: dozens of pages, each of which LiteDB's own file mode would sync on its own.
        Commit(store, 1, 300);

        (log.Syncs - before).ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void What_a_commit_wrote_is_there_after_a_crash()
    {
        var copy = _folder.File("after-crash.db");
        ChatStateStore.Open(StatePath).Dispose();
        using (var store = ChatStateStore.Open(StatePath))
        {
            Commit(store, 0, 20);

            // The files as a crash right now would leave them: the data file and the log, the store still open.
            File.Copy(StatePath, copy);
            File.Copy(ChatStateStore.FilesOf(StatePath)[1], ChatStateStore.FilesOf(copy)[1]);
        }

        using var reopened = ChatStateStore.Open(copy);
        reopened.Get("key-0").ShouldBe(Value(0));
        reopened.Get("key-19").ShouldBe(Value(19));
    }

    public void Dispose() => _folder.Dispose();

    // Writes values through a commit and waits until LiteDB's writer has put the commit on disk.
    private static void Commit(ChatStateStore store, int first, int count)
    {
        var log = store.Files!.Log;
        var confirmed = log.ConfirmedSyncs;
        store.Writes.Defer(() =>
        {
            foreach (var i in Enumerable.Range(first, count))
            {
                store.Set("key-" + i, Value(i));
            }
        });
        store.Writes.Flush();
        log.WaitForConfirmedSyncs(confirmed + 1, OnDiskWithin).ShouldBeTrue();
    }

    private static string Value(int i) => i + new string('x', 1000);
}
