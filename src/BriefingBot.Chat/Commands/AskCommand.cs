using BriefingBot.Chat.Paging;

namespace BriefingBot.Chat.Commands;

/// <summary>/ask QUESTION (and plain messages to the bot): cited quotes answering a question.</summary>
public sealed class AskCommand(PagedAnswers answers) : IChatCommand
{
    public ChatCommandInfo Info => ChatCommands.Ask;

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        var question = request.Options.GetValueOrDefault("question") ?? args;
        if (string.IsNullOrWhiteSpace(question))
        {
            return ValueTask.FromResult(ChatReply.Error("Ask a question after /ask, for example: /ask what did Peskov say about bans"));
        }

        return ValueTask.FromResult(answers.Ask(request, question.Trim()));
    }
}
