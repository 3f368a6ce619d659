using BriefingBot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Telegram.Tests.Sending;

public sealed class SendPacerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly TelegramOptions _options = new();

    private SendPacer Pacer => new(_time, _options);

    [Fact]
    public void One_chat_gets_one_message_per_interval()
    {
        var pacer = Pacer;

        pacer.TryReserve(1, isGroup: false).ShouldBe(TimeSpan.Zero);
        pacer.TryReserve(1, isGroup: false).ShouldBe(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromMilliseconds(400));
        pacer.TryReserve(1, isGroup: false).ShouldBe(TimeSpan.FromMilliseconds(600));
        pacer.TryReserve(2, isGroup: false).ShouldBe(TimeSpan.Zero);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        pacer.TryReserve(1, isGroup: false).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_group_gets_at_most_twenty_a_minute()
    {
        var pacer = Pacer;
        for (var i = 0; i < 20; i++)
        {
            pacer.TryReserve(-5, isGroup: true).ShouldBe(TimeSpan.Zero);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        pacer.TryReserve(-5, isGroup: true).ShouldBe(TimeSpan.FromSeconds(40));
        _time.Advance(TimeSpan.FromSeconds(40));
        pacer.TryReserve(-5, isGroup: true).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void All_chats_together_get_at_most_thirty_a_second()
    {
        var pacer = Pacer;
        for (var chat = 0; chat < 30; chat++)
        {
            pacer.TryReserve(chat, isGroup: false).ShouldBe(TimeSpan.Zero);
        }

        pacer.TryReserve(99, isGroup: false).ShouldBe(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        pacer.TryReserve(99, isGroup: false).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task Waiting_for_a_turn_uses_the_time_provider()
    {
        var pacer = Pacer;
        await pacer.WaitTurnAsync(1, false, TestContext.Current.CancellationToken);

        var second = pacer.WaitTurnAsync(1, false, TestContext.Current.CancellationToken);
        second.IsCompleted.ShouldBeFalse();
        _time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
