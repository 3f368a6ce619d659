using BriefingBot.Chat.State;
using LiteDB;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Chat.Tests.State;

/// <summary>When the chat state's deferred writes are committed: a moment after the first, or as soon as enough wait.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly LiteDatabase _db = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new();
    private readonly List<int> _written = [];

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_few_changes_wait_for_their_moment()
    {
        var commits = new GroupCommit(_db, e => throw e, _time);
        var last = Defer(commits, 3);

        _time.Advance(GroupCommit.FlushWindow);
        await last.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        _written.ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task A_full_batch_is_committed_without_waiting_for_its_moment()
    {
        var commits = new GroupCommit(_db, e => throw e, _time);

        // The clock never moves: only the number of changes can start the commit.
        var last = Defer(commits, GroupCommit.FlushSize);
        await last.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        _written.Count.ShouldBe(GroupCommit.FlushSize);
    }

    [Fact]
    public void A_change_knows_the_commit_that_carries_it_and_is_written_when_that_commit_has_finished()
    {
        var commits = new GroupCommit(_db, e => throw e, _time);
        var first = commits.Defer(() => _written.Add(1));
        commits.Defer(() => _written.Add(2)).ShouldBe(first);
        commits.Committed.ShouldBeLessThan(first);

        commits.Flush();
        commits.Committed.ShouldBe(first);
        _written.ShouldBe([1, 2]);

        // What comes after that commit goes into the next one.
        commits.Defer(() => _written.Add(3)).ShouldBe(first + 1);
    }

    // Defers changes 1..count, each recording its number; the task completes when the last has run.
    private Task Defer(GroupCommit commits, int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 1; i <= count; i++)
        {
            var number = i;
            commits.Defer(() =>
            {
                lock (_written)
                {
                    _written.Add(number);
                }

                if (number == count)
                {
                    done.TrySetResult();
                }
            });
        }

        return done.Task;
    }
}
