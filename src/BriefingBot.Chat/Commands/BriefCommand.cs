using BriefingBot.Chat.Paging;

namespace BriefingBot.Chat.Commands;

/// <summary>/brief TOPIC: the best quotes and the summaries of the most relevant articles.</summary>
public sealed class BriefCommand(PagedAnswers answers) : IChatCommand
{
    public ChatCommandInfo Info => ChatCommands.Brief;

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        var topic = request.Options.GetValueOrDefault("topic") ?? args;
        if (string.IsNullOrWhiteSpace(topic))
        {
            return ValueTask.FromResult(ChatReply.Error("Name a topic after /brief, for example: /brief the Twitter slowdown"));
        }

        return ValueTask.FromResult(answers.Brief(request, topic.Trim()));
    }
}
