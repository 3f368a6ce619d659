namespace BriefingBot.Chat.Delivery;

/// <summary>
/// How a reply reaches the one who asked, as the adapter that received the request knows it. The dispatcher decides
/// whether and when to use it; the adapter only translates. Each call completes once the platform has taken it (a
/// queued message once it is sent), throws <see cref="OperationCanceledException"/> when a stop cut it short, and
/// throws anything else when the platform refused it for good.
/// </summary>
public interface IReplyChannel
{
    /// <summary>"Working on it": Telegram's typing, Discord's deferred response. Sent before a reply that may take a while.</summary>
    Task AcknowledgeAsync(CancellationToken cancellationToken);

    /// <summary>Sends the reply (after an acknowledgement, it takes the acknowledgement's place).</summary>
    Task SendAsync(ChatReply reply, CancellationToken cancellationToken);

    /// <summary>Replaces the message the request came from (a pressed button's message) with the reply.</summary>
    Task EditAsync(ChatReply reply, CancellationToken cancellationToken);
}
