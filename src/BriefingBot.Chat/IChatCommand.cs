using BriefingBot.Chat.Catalog;

namespace BriefingBot.Chat;

/// <summary>
/// One chat command (/ask, /quotes …): its declaration (<see cref="Info"/>: name, description, options, permission) and how
/// it answers. The registered commands are the catalog every platform's menu, /help and argument checks come from;
/// handlers get their arguments bound and validated, whatever the platform.
/// </summary>
public interface IChatCommand
{
    ChatCommandInfo Info { get; }

    ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken);
}
