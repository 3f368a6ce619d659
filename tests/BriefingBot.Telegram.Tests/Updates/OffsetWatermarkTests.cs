using BriefingBot.Chat.State;
using BriefingBot.Telegram.Updates;

namespace BriefingBot.Telegram.Tests.Updates;

public sealed class OffsetWatermarkTests : IDisposable
{
    private readonly ChatStateStore _state = ChatStateStore.InMemory();

    public void Dispose() => _state.Dispose();

    [Fact]
    public async Task The_offset_moves_past_an_update_only_once_it_and_every_earlier_one_are_finished()
    {
        var watermark = new OffsetWatermark(new UpdateOffsetStore(_state));
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        watermark.Track(10, first.Task);
        watermark.Track(11, second.Task);

        second.SetResult(); // finished, but the one before it is not: the offset cannot move yet
        watermark.Offset.ShouldBeNull();
        watermark.IsTaken(11).ShouldBeTrue();

        first.SetResult();
        await watermark.WhenSettledAsync();
        watermark.Offset.ShouldBe(12);
        new UpdateOffsetStore(_state).Load().ShouldBe(12);
        watermark.IsTaken(10).ShouldBeTrue();
        watermark.IsTaken(12).ShouldBeFalse();
    }

    [Fact]
    public async Task An_update_a_stop_abandoned_holds_the_offset_so_it_comes_again_after_the_restart()
    {
        new UpdateOffsetStore(_state).Save(5);
        var watermark = new OffsetWatermark(new UpdateOffsetStore(_state));
        watermark.Offset.ShouldBe(5);
        watermark.Track(5, Task.CompletedTask);
        watermark.Track(6, Task.FromCanceled(new CancellationToken(canceled: true)));
        watermark.Track(7, Task.CompletedTask);

        await watermark.WhenSettledAsync();

        watermark.Offset.ShouldBe(6);
        new OffsetWatermark(new UpdateOffsetStore(_state)).Offset.ShouldBe(6);
    }
}
