using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/summary ARTICLE TEXT: the article's summary, shown with its citation in answers and briefings.</summary>
public sealed class SummaryCommand(CurationDesk desk) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("summary", "Set an article's summary",
        [
            new("article", "The article's number (see /sources)", Required: true, MaxLength: 10)
            {
                Type = ChatOptionType.Number,
                Missing = "Give the article's number and the summary, for example: /summary 3 The regulator fines platforms before it bans them.",
            },
            new("text", "The summary, a paragraph", Required: true, MaxLength: 2000)
            {
                Missing = "Give the summary after the article's number, for example: /summary 3 The regulator fines platforms before it bans them.",
            },
        ])
    { Permission = ChatPermission.Moderator, MenuOrder = 130 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var article = context.Arguments.Number("article")!.Value;
        desk.SetSummary(article, context.Arguments.Text("text"), RequestCurator.Of(context.Request));
        return ValueTask.FromResult(ChatReply.Text($"Article {article} has a new summary."));
    }
}
