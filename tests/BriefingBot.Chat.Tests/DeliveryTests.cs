namespace BriefingBot.Chat.Tests;

/// <summary>An update counts as answered once its reply went out: what a stop or a crash cut short is answered on its next delivery.</summary>
public sealed class DeliveryTests : ChatBedTests
{
    private static readonly ChatRequest Question = ChatRequests.Message("/ask Peskov on bans");

    private Task<ChatReply?> Answer(ChatRequest request) => Bed.Dispatcher.AnswerAsync(request, TestContext.Current.CancellationToken);

    [Fact]
    public async Task An_update_being_answered_is_not_answered_again_meanwhile()
    {
        (await Answer(Question)).ShouldNotBeNull();

        (await Answer(Question)).ShouldBeNull();
    }

    [Fact]
    public async Task A_reply_that_never_went_out_before_a_crash_is_answered_after_the_restart()
    {
        (await Answer(Question)).ShouldNotBeNull();

        Bed.Restart();

        (await Handle(Question)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_that_went_out_is_not_answered_again_after_a_restart()
    {
        (await Answer(Question)).ShouldNotBeNull();
        await Bed.Dispatcher.DeliverAsync(Question, () => Task.CompletedTask);

        Bed.Restart();

        (await Handle(Question)).ShouldBeNull();
    }

    [Fact]
    public async Task A_reply_whose_sending_a_stop_cancelled_is_answered_on_the_next_delivery()
    {
        (await Answer(Question)).ShouldNotBeNull();

        await Should.ThrowAsync<OperationCanceledException>(Bed.Dispatcher.DeliverAsync(Question, () => Task.FromCanceled(new CancellationToken(canceled: true))));

        (await Handle(Question)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_that_failed_for_good_is_not_answered_again()
    {
        (await Answer(Question)).ShouldNotBeNull();

        await Should.ThrowAsync<InvalidOperationException>(Bed.Dispatcher.DeliverAsync(Question, () => throw new InvalidOperationException("refused")));

        (await Handle(Question)).ShouldBeNull();
    }

    [Fact]
    public async Task A_question_a_stop_cut_short_while_it_was_being_answered_is_answered_on_the_next_delivery()
    {
        await Should.ThrowAsync<OperationCanceledException>(Bed.Dispatcher.AnswerAsync(Question, new CancellationToken(canceled: true)));

        (await Handle(Question)).ShouldNotBeNull();
    }
}
