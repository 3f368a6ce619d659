using System.Globalization;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;

namespace BriefingBot.Chat.Commands;

/// <summary>/article ID: an article's summary (or opening) and the quotes found in it.</summary>
public sealed class ArticleCommand(BriefingLibrary library) : IChatCommand
{
    private const int MaxQuotes = 10;
    private const int LeadLength = 400;

    public ChatCommandInfo Info => ChatCommands.Article;

    public ValueTask<ChatReply> HandleAsync(ChatRequest request, string args, CancellationToken cancellationToken)
    {
        var text = (request.Options.GetValueOrDefault("id") ?? args).Trim().TrimStart('[', '#').TrimEnd(']');
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return ValueTask.FromResult(ChatReply.Error("Give an article number after /article, for example: /article 3 (see /sources)"));
        }

        var article = library.Store.GetArticle(id);
        if (article is null)
        {
            return ValueTask.FromResult(ChatReply.Error($"There is no article {id}. See /sources."));
        }

        var citation = new Citation(article.Id, article.Title, article.Outlet, article.PublishedAt, article.Url);
        var blocks = new List<ReplyBlock>
        {
            new TextBlock(article.Title, TextRole.Heading),
            string.IsNullOrWhiteSpace(article.Summary)
                ? new SummaryBlock(Lead(article.Body), IsLead: true, citation)
                : new SummaryBlock(article.Summary, IsLead: false, citation),
        };
        var quotes = library.Store.QuotesOfArticle(article.Id).OrderBy(q => q.InHeadline ? -1 : q.Start).ToList();
        blocks.AddRange(quotes.Take(MaxQuotes).Select(q => new ExcerptBlock(q.Text, q.Kind, q.Speaker, q.SpeakerRole, citation)));
        if (quotes.Count > MaxQuotes)
        {
            blocks.Add(new TextBlock($"and {quotes.Count - MaxQuotes} more quotes in this article.", TextRole.Note));
        }

        return ValueTask.FromResult(new ChatReply { Blocks = blocks });
    }

    private static string Lead(string body)
    {
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        var lead = end < 0 ? body : body[..end];
        return lead.Length <= LeadLength ? lead : lead[..LeadLength].TrimEnd() + "…";
    }
}
