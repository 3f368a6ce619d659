using BriefingBot.Chat;
using BriefingBot.Chat.Delivery;
using BriefingBot.Chat.Rendering;

namespace BriefingBot.Cli;

/// <summary>Replies in the terminal as plain text; the More button becomes typing "more".</summary>
public sealed class ConsoleReplyChannel(TextWriter output) : IReplyChannel
{
    /// <summary>The last reply written, for its buttons.</summary>
    public ChatReply? Last { get; private set; }

    public Task AcknowledgeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(ChatReply reply, CancellationToken cancellationToken)
    {
        Last = reply;
        output.WriteLine(PlainTextRenderer.Render(reply).Replace("\n\n[More", "\n\n[type \"more\": More", StringComparison.Ordinal));
        output.WriteLine();
        return Task.CompletedTask;
    }

    public Task EditAsync(ChatReply reply, CancellationToken cancellationToken) => SendAsync(reply, cancellationToken);
}
