using BriefingBot.Chat.Delivery;

namespace BriefingBot.Chat.Tests;

/// <summary>A reply channel whose sending ends the way a test says (sent, cut short by a stop, refused), recording what it was asked to do.</summary>
internal sealed class SendingChannel(Func<Task>? send = null) : IReplyChannel
{
    public List<string> Calls { get; } = [];

    public ChatReply? Sent { get; private set; }

    public Task AcknowledgeAsync(CancellationToken cancellationToken)
    {
        Calls.Add("acknowledge");
        return Task.CompletedTask;
    }

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        Calls.Add("send");
        Sent = reply;
        return send?.Invoke() ?? Task.CompletedTask;
    }

    public Task EditAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        Calls.Add("edit");
        return Task.CompletedTask;
    }
}
