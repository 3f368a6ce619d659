using BriefingBot.Chat.Paging;
using BriefingBot.Chat.Rendering;

namespace BriefingBot.Chat.Tests.Paging;

public sealed class PagingTests : ChatBedTests
{
    [Fact]
    public async Task More_pages_through_the_rest_of_the_answer()
    {
        var first = (await Handle(ChatRequests.Message("/quotes Peskov")))!;
        first.Paging!.HasMore.ShouldBeTrue();
        first.Buttons.Single().Payload.ShouldBe(first.Paging.NextPayload);
        first.Buttons.Single().Payload.Length.ShouldBeLessThanOrEqualTo(64);

        var second = (await Handle(ChatRequests.Press(first.Paging.NextPayload!)))!;

        second.Paging!.Offset.ShouldBe(first.Paging.Shown);
        second.Paging.HasMore.ShouldBeFalse();
        var all = first.Blocks.Concat(second.Blocks).OfType<ExcerptBlock>().Select(e => e.Text).ToList();
        all.Count.ShouldBe(first.Paging.Total);
        all.ShouldBeUnique();
        PlainTextRenderer.Render(second).ShouldStartWith($"Quotes {first.Paging.Shown + 1}–");
    }

    [Fact]
    public async Task More_keeps_working_after_a_restart()
    {
        var first = (await Handle(ChatRequests.Message("/quotes Peskov")))!;

        Bed.Restart();
        var second = (await Handle(ChatRequests.Press(first.Paging!.NextPayload!)))!;

        second.Blocks.OfType<ExcerptBlock>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task An_expired_button_says_so()
    {
        var first = (await Handle(ChatRequests.Message("/quotes Peskov")))!;

        Bed.Time.Advance(Bed.Options.PagingLifetime + TimeSpan.FromMinutes(1));
        var reply = (await Handle(ChatRequests.Press(first.Paging!.NextPayload!)))!;

        reply.IsError.ShouldBeTrue();
        reply.Notice.ShouldBe(PagedAnswers.ExpiredMessage);
    }

    [Theory]
    [InlineData("more:AAAAAAAAAAAA")]
    [InlineData("more:<script>x</s")]
    [InlineData("more:")]
    [InlineData("something else")]
    [InlineData("")]
    public async Task A_forged_payload_gets_a_short_clear_reply(string payload)
    {
        var reply = (await Handle(ChatRequests.Press(payload)))!;

        reply.IsError.ShouldBeTrue();
        reply.Notice.ShouldBe(PagedAnswers.UnknownMessage);
    }

    [Fact]
    public async Task A_button_from_another_chat_is_not_honoured()
    {
        var first = (await Handle(ChatRequests.Message("/quotes Peskov")))!;

        var reply = (await Handle(ChatRequests.Press(first.Paging!.NextPayload!, chat: "other")))!;

        reply.Notice.ShouldBe(PagedAnswers.UnknownMessage);
    }

    [Fact]
    public async Task An_oversized_payload_is_refused()
    {
        var reply = (await Handle(ChatRequests.Press("more:" + new string('x', 5000))))!;

        reply.Notice.ShouldBe(PagedAnswers.UnknownMessage);
    }
}
