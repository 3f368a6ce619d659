using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;

namespace BriefingBot.Chat.Commands;

/// <summary>/brief TOPIC: the best quotes and the summaries of the most relevant articles, paged with "More".</summary>
public sealed class BriefCommand(PagedAnswers answers) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("brief", "The best quotes and article summaries on a topic",
        [new("topic", "e.g. the Twitter slowdown", Required: true, MaxLength: 200)
        {
            Missing = "Name a topic after /brief, for example: /brief the Twitter slowdown",
        }])
    { MenuOrder = 30 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(answers.Brief(context.Request, context.Arguments.Text("topic")));
}
