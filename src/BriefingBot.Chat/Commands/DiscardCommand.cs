using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/discard ID: drops a preview; nothing of it reaches the library.</summary>
public sealed class DiscardCommand(CurationDesk desk) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("discard", "Discard a preview",
        [new("id", "The preview's number", Required: true, MaxLength: 10)
        {
            Type = ChatOptionType.Number,
            Missing = "Give the preview's number, for example: /discard 3 (see /review)",
        }])
    { Permission = ChatPermission.Moderator, MenuOrder = 120 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var preview = desk.Discard(context.Arguments.Number("id")!.Value, RequestCurator.Of(context.Request));
        return ValueTask.FromResult(ChatReply.Text($"Discarded preview {preview.Id}: {preview.Article.Title}") with { Notice = "Discarded" });
    }
}
