using System.Globalization;
using BriefingBot.Chat.Catalog;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Commands;

/// <summary>/review: previews waiting to be published, and stored quotes whose speaker is unsure.</summary>
public sealed class ReviewCommand(CurationDesk desk) : IChatCommand
{
    private const int MaxQuoteLength = 120;

    public ChatCommandInfo Info { get; } = new("review", "Previews to publish and quotes with an unsure speaker", [])
    { Permission = ChatPermission.Moderator, MenuOrder = 180 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var review = desk.Review();
        var blocks = new List<ReplyBlock>();
        if (review.Previews.Count == 0 && review.UnsureQuotes.Count == 0)
        {
            return ValueTask.FromResult(ChatReply.Text("Nothing to review."));
        }

        if (review.Previews.Count > 0)
        {
            blocks.Add(new TextBlock("Previews waiting", TextRole.Heading));
            blocks.AddRange(review.Previews.Select(p => new ItemBlock(
                $"Preview {p.Id}: {p.Article.Title}",
                $"{p.Quotes.Count(q => !q.Removed)} quotes, {p.Quotes.Count(q => !q.Removed && q.IsUnsure)} unsure; added by {p.AddedBy}; expires {p.ExpiresAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC")));
        }

        if (review.UnsureQuotes.Count > 0)
        {
            blocks.Add(new TextBlock("Quotes with an unsure speaker", TextRole.Heading));
            blocks.AddRange(review.UnsureQuotes.Select(q => new ItemBlock(
                $"Quote {q.Id} “{(q.Text.Length <= MaxQuoteLength ? q.Text : q.Text[..(MaxQuoteLength - 1)] + "…")}”",
                $"article {q.ArticleId}; name the speaker with /quote speaker {q.Id} NAME")));
        }

        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }
}
