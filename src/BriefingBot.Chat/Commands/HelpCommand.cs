using BriefingBot.Chat.Catalog;

namespace BriefingBot.Chat.Commands;

/// <summary>/help: what the bot does and the commands it knows (from the catalog).</summary>
public sealed class HelpCommand : IChatCommand
{
    public const string Intro = "I answer questions about what people said in the news with cited quotes: who said it, where and when.";

    public ChatCommandInfo Info { get; } = new("help", "What this bot can do", []) { MenuOrder = 70 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Reply(context));

    /// <summary>The help text: the intro, every command the asker may use, and how to ask without one.</summary>
    public static ChatReply Reply(ChatCommandContext context)
    {
        var request = context.Request;
        var blocks = new List<ReplyBlock> { new TextBlock(Intro) };
        var commands = request.IsModerator ? context.Catalog.Visible.Concat(context.Catalog.ForModerators) : context.Catalog.Visible;
        blocks.AddRange(commands.Select(c => new ItemBlock(c.Usage, c.Description)));
        blocks.Add(new TextBlock(request.ChatKind == ChatKind.Private
            ? "Or just write a question, for example: what did Peskov say about bans"
            : "In a group, mention me or reply to me with a question.", TextRole.Note));
        return new ChatReply { Blocks = blocks };
    }
}
