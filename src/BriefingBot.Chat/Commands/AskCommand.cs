using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;

namespace BriefingBot.Chat.Commands;

/// <summary>/ask QUESTION (and plain messages to the bot): cited quotes answering a question, paged with "More".</summary>
public sealed class AskCommand(PagedAnswers answers) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("ask", "Cited quotes answering a question",
        [new("question", "e.g. what did Peskov say about bans", Required: true, MaxLength: 300)
        {
            Missing = "Ask a question after /ask, for example: /ask what did Peskov say about bans",
        }])
    { MenuOrder = 10 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(answers.Ask(context.Request, context.Arguments.Text("question")));
}
