namespace BriefingBot.Chat.Delivery;

/// <summary>A reply channel that keeps the reply instead of sending it: for callers that show it themselves (tests, the benchmark).</summary>
public sealed class CapturedReply : IReplyChannel
{
    /// <summary>The reply sent or edited in, or null when the dispatcher sent nothing.</summary>
    public ChatReply? Reply { get; private set; }

    public bool Acknowledged { get; private set; }

    public Task AcknowledgeAsync(CancellationToken cancellationToken)
    {
        Acknowledged = true;
        return Task.CompletedTask;
    }

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        Reply = reply;
        return Task.CompletedTask;
    }

    public Task EditAsync(ChatReply reply, CancellationToken cancellationToken) => SendAsync(reply, cancellationToken);
}
