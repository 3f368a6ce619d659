using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Library;

namespace BriefingBot.Chat.Commands;

/// <summary>/sources: the most recent articles, with their numbers for /article.</summary>
public sealed class SourcesCommand(BriefingLibrary library, ChatOptions options) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("sources", "The most recent articles", []) { MenuOrder = 50 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var articles = library.RecentArticles(options.ListLimit);
        if (articles.Count == 0)
        {
            return ValueTask.FromResult(ChatReply.Text("No articles yet."));
        }

        var blocks = new List<ReplyBlock> { new TextBlock("Recent articles", TextRole.Heading) };
        blocks.AddRange(articles.Select(a => new ItemBlock($"[{a.Id}] {a.Title}",
            string.Join(" · ", new[] { a.Outlet, CitationFormat.Date(a.PublishedAt) }.Where(s => !string.IsNullOrWhiteSpace(s))), a.Url)));
        blocks.Add(new TextBlock("Send /article NUMBER for a summary and its quotes.", TextRole.Note));
        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }
}
