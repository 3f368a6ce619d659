using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Metrics;

namespace BriefingBot.Chat.Tests;

/// <summary>What the dispatcher counts: each reply by platform, the command it was routed to, and its outcome, with its latency.</summary>
public sealed class ChatMetricsTests : IDisposable
{
    private const string Answered = "briefingbot.questions.answered";
    private readonly ChatTestBed _bed = new ChatTestBed().WithPeskovArticles();
    private readonly TestMeterFactory _meters = new();
    private readonly RecordedMeasurements _recorded;
    private readonly ChatDispatcher _dispatcher;

    public ChatMetricsTests()
    {
        _recorded = new RecordedMeasurements(_meters);
        _dispatcher = ChatServiceCollectionExtensions.CreateDispatcher(_bed.Test.Library, _bed.Composer, _bed.State, _bed.Options, _bed.Time,
            metrics: new ChatMetrics(_meters, _bed.Time));
    }

    [Fact]
    public async Task A_question_is_counted_by_platform_and_command_with_its_latency()
    {
        _bed.Time.AutoAdvanceAmount = TimeSpan.FromMilliseconds(40); // each reading of the clock moves it on, so answering takes time

        await HandleAsync(ChatRequests.Message("what did Peskov say about bans"));

        var answered = _recorded.Of(Answered).ShouldHaveSingleItem();
        answered.Tags.ShouldBe(new Dictionary<string, string?> { ["platform"] = "test", ["command"] = "ask", ["outcome"] = "answered" });
        var latency = _recorded.Of("briefingbot.answer.duration").ShouldHaveSingleItem();
        latency.Value.ShouldBeGreaterThan(0);
        latency.Tags.ShouldBe(new Dictionary<string, string?> { ["platform"] = "test", ["command"] = "ask" });
    }

    [Fact]
    public async Task An_unknown_command_is_counted_as_unknown_and_refused_never_by_the_name_typed()
    {
        await HandleAsync(ChatRequests.Message("/frobnicate_42"));

        var answered = _recorded.Of(Answered).ShouldHaveSingleItem();
        answered.Tags["command"].ShouldBe("unknown");
        answered.Tags["outcome"].ShouldBe("refused");
    }

    [Fact]
    public async Task A_message_not_meant_for_the_bot_is_not_counted()
    {
        await HandleAsync(ChatRequests.Message("what did Peskov say about bans", ChatKind.Group));

        _recorded.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_button_press_is_counted_as_a_button()
    {
        await HandleAsync(ChatRequests.Press("more:unknown"));

        _recorded.Of(Answered).ShouldHaveSingleItem().Tags["command"].ShouldBe("button");
    }

    private Task<ChatReply?> HandleAsync(ChatRequest request) => _dispatcher.HandleAsync(request, TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _recorded.Dispose();
        _meters.Dispose();
        _bed.Dispose();
    }
}
