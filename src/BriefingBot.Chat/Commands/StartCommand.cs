using BriefingBot.Chat.Catalog;

namespace BriefingBot.Chat.Commands;

/// <summary>/start (what Telegram sends when someone opens the bot): the same as /help, not listed in menus.</summary>
public sealed class StartCommand : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("start", "Start here", []) { Hidden = true, MenuOrder = 80 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(HelpCommand.Reply(context));
}
