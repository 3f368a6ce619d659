using BriefingBot.Chat.Catalog;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;

namespace BriefingBot.Chat.Commands;

/// <summary>/article ID: an article's summary (or opening) and the quotes found in it.</summary>
public sealed class ArticleCommand(BriefingLibrary library) : IChatCommand
{
    private const int MaxQuotes = 10;
    private const int LeadLength = 400;

    public ChatCommandInfo Info { get; } = new("article", "An article's summary and its quotes",
        [new("id", "The article's number (see /sources)", Required: true, MaxLength: 10)
        {
            Type = ChatOptionType.Number,
            Missing = "Give an article number after /article, for example: /article 3 (see /sources)",
        }])
    { MenuOrder = 60 };

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var id = context.Arguments.Number("id")!.Value;
        var article = library.FindArticle(id);
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
        var quotes = library.QuotesOfArticle(article.Id).OrderBy(q => q.InHeadline ? -1 : q.Start).ToList();
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
