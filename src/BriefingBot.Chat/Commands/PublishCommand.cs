using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/publish ID: a preview's article and quotes go live (searched, cited).</summary>
public sealed class PublishCommand(CurationDesk desk) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("publish", "Publish a preview: its quotes become searchable",
        [new("id", "The preview's number", Required: true, MaxLength: 10)
        {
            Type = ChatOptionType.Number,
            Missing = "Give the preview's number, for example: /publish 3 (see /review)",
        }])
    { Permission = ChatPermission.Moderator, MenuOrder = 110 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var published = desk.Publish(context.Arguments.Number("id")!.Value, RequestCurator.Of(context.Request));
        var article = published.Article;
        var text = $"Published preview {published.PreviewId} as article {article.Id}{(published.Updated ? " (updated)" : "")} with {published.QuoteCount} quote{(published.QuoteCount == 1 ? "" : "s")}: {article.Title}";
        return ValueTask.FromResult(ChatReply.Text(text) with { Notice = "Published" });
    }
}
