namespace BriefingBot.Chat.Commands;

/// <summary>/help and /start: what the bot does and the commands it knows.</summary>
public sealed class HelpCommand(ChatCommandInfo info) : IChatCommand
{
    public const string Intro = "I answer questions about what people said in the news with cited quotes: who said it, where and when.";

    public ChatCommandInfo Info => info;

    public static HelpCommand Help() => new(ChatCommands.Help);

    public static HelpCommand Start() => new(ChatCommands.Start);

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        var blocks = new List<ReplyBlock> { new TextBlock(Intro) };
        blocks.AddRange(ChatCommands.Visible.Select(c => new ItemBlock(c.Usage, c.Description)));
        blocks.Add(new TextBlock(request.ChatKind == ChatKind.Private
            ? "Or just write a question, for example: what did Peskov say about bans"
            : "In a group, mention me or reply to me with a question.", TextRole.Note));
        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }
}
