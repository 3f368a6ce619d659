using System.Globalization;
using BriefingBot.Chat.Catalog;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/audit [N]: the latest changes moderators made, who made them and when, with before and after.</summary>
public sealed class AuditCommand(CurationDesk desk) : IChatCommand
{
    private const int DefaultCount = 10;

    public ChatCommandInfo Info { get; } = new("audit", "Latest changes by moderators",
        [new("count", "How many, at most 50", Required: false, MaxLength: 3)
        {
            Type = ChatOptionType.Number,
            Missing = "Give a number of changes to show, for example: /audit 20",
        }])
    { Permission = ChatPermission.Moderator, MenuOrder = 170 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var entries = desk.Audit(Math.Min(context.Arguments.Number("count") ?? DefaultCount, 50));
        if (entries.Count == 0)
        {
            return ValueTask.FromResult(ChatReply.Text("No changes yet."));
        }

        var blocks = new List<ReplyBlock> { new TextBlock("Latest changes", TextRole.Heading) };
        blocks.AddRange(entries.Select(Line));
        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }

    public static ItemBlock Line(AuditEntry entry)
    {
        var when = entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var change = (entry.Before, entry.After) switch
        {
            (null, null) => null,
            (null, { } after) => after,
            ({ } before, null) => "was: " + before,
            var (before, after) => before + " → " + after,
        };
        return new ItemBlock($"{when} {entry.UserName ?? entry.UserId} ({entry.Platform}): {entry.Action} {entry.Target}", change);
    }
}
