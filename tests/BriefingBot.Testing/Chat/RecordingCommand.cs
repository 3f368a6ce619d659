using System.Collections.Concurrent;
using BriefingBot.Chat;
using BriefingBot.Chat.Catalog;

namespace BriefingBot.Testing.Chat;

/// <summary>A command that answers "recorded" and keeps every request it handled, for tests of what adapters hand the dispatcher.</summary>
public sealed class RecordingCommand(ChatCommandInfo info) : IChatCommand
{
    public const string Reply = "recorded";

    private readonly ConcurrentQueue<ChatCommandContext> _handled = new();

    public ChatCommandInfo Info => info;

    /// <summary>The requests handled so far, with their bound arguments.</summary>
    public IReadOnlyList<ChatCommandContext> Handled => [.. _handled];

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        _handled.Enqueue(context);
        return ValueTask.FromResult(ChatReply.Text(Reply));
    }
}
