namespace BriefingBot.Chat.Tests;

/// <summary>The dispatcher delivers: an update counts as answered once its reply went out; what a stop or a crash cut short is answered on its next delivery.</summary>
public sealed class DeliveryTests : ChatBedTests
{
    private static readonly ChatRequest Question = ChatRequests.Message("/ask Peskov on bans");

    private Task Send(ChatRequest request, SendingChannel channel, CancellationToken? cancellationToken = null) =>
        Bed.Dispatcher.HandleAsync(request, channel, cancellationToken ?? TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_command_is_acknowledged_before_its_reply_is_sent()
    {
        var channel = new SendingChannel();

        await Send(Question, channel);

        channel.Calls.ShouldBe(["acknowledge", "send"]);
        channel.Sent!.Blocks.OfType<ExcerptBlock>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_command_with_a_missing_argument_is_refused_without_an_acknowledgement()
    {
        var channel = new SendingChannel();

        await Send(ChatRequests.Message("/ask"), channel);

        channel.Calls.ShouldBe(["send"]);
        channel.Sent!.IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task An_update_being_answered_is_not_answered_again_meanwhile()
    {
        var release = new TaskCompletionSource();
        var first = Send(Question, new SendingChannel(() => release.Task));
        var second = new SendingChannel();

        await Send(Question, second);
        release.SetResult();
        await first;

        second.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reply_that_never_went_out_before_a_crash_is_answered_after_the_restart()
    {
        var never = new TaskCompletionSource();
        _ = Send(Question, new SendingChannel(() => never.Task));

        Bed.Restart();

        (await Handle(Question)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_that_went_out_is_not_answered_again_after_a_restart()
    {
        await Send(Question, new SendingChannel());

        Bed.Restart();

        (await Handle(Question)).ShouldBeNull();
    }

    [Fact]
    public async Task Replies_that_went_out_side_by_side_are_all_remembered_after_a_restart()
    {
        var questions = Enumerable.Range(0, 24).Select(_ => ChatRequests.Message("/ask Peskov on bans")).ToList();
        await Task.WhenAll(questions.Select(q => Task.Run(() => Send(q, new SendingChannel()))));

        Bed.Restart();

        foreach (var question in questions)
        {
            (await Handle(question)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_reply_whose_sending_a_stop_cancelled_is_answered_on_the_next_delivery()
    {
        await Should.ThrowAsync<OperationCanceledException>(Send(Question, new SendingChannel(() => Task.FromCanceled(new CancellationToken(canceled: true)))));

        (await Handle(Question)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reply_that_failed_for_good_is_not_answered_again()
    {
        await Should.ThrowAsync<InvalidOperationException>(Send(Question, new SendingChannel(() => throw new InvalidOperationException("refused"))));

        (await Handle(Question)).ShouldBeNull();
    }

    [Fact]
    public async Task A_question_a_stop_cut_short_while_it_was_being_answered_is_answered_on_the_next_delivery()
    {
        await Should.ThrowAsync<OperationCanceledException>(Send(Question, new SendingChannel(), new CancellationToken(canceled: true)));

        (await Handle(Question)).ShouldNotBeNull();
    }
}
