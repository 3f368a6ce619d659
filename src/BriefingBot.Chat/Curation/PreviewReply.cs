using System.Globalization;
using BriefingBot.Chat.Buttons;
using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Curation;

/// <summary>How a preview reads in chat: what was found, the unsure speakers marked, and the buttons to publish or discard it.</summary>
public static class PreviewReply
{
    private const int MaxQuotes = 15;
    private const int MaxQuoteLength = 200;

    public static ChatReply Render(Preview preview, ChatRequest request, CommandButtons buttons)
    {
        var id = preview.Id.ToString(CultureInfo.InvariantCulture);
        var article = preview.Article;
        var blocks = new List<ReplyBlock> { new TextBlock($"Preview {id}: {article.Title}", TextRole.Heading) };
        var about = string.Join(" · ", new[]
        {
            article.Outlet,
            article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(article.Author) ? null : "by " + article.Author,
            article.Url,
        }.Where(x => !string.IsNullOrWhiteSpace(x)));
        if (about.Length > 0)
        {
            blocks.Add(new TextBlock(about));
        }

        if (preview.UpdatesArticleId is { } updates)
        {
            blocks.Add(new TextBlock($"Article {updates} has the same link or text: publishing updates it (its quotes are replaced).", TextRole.Note));
        }

        var quotes = preview.Quotes.Where(q => !q.Removed).ToList();
        if (quotes.Count == 0)
        {
            blocks.Add(new TextBlock("No quotes were found in it. Publishing keeps the article, and a summary can be added with /summary.", TextRole.Note));
        }

        foreach (var quote in quotes.Take(MaxQuotes))
        {
            blocks.Add(new ItemBlock($"{id}.{quote.Number} “{Shorten(quote.Quote.Text)}”", Speaker(quote)));
        }

        if (quotes.Count > MaxQuotes)
        {
            blocks.Add(new TextBlock($"and {quotes.Count - MaxQuotes} more quotes.", TextRole.Note));
        }

        var fix = quotes.Count > 0 ? $" Fix a speaker with /quote speaker {id}.{quotes[0].Number} NAME;" : "";
        blocks.Add(new TextBlock($"Nothing of it is searchable until published.{fix} /publish {id} or /discard {id}.", TextRole.Note));
        return new ChatReply
        {
            Blocks = blocks,
            Buttons = [buttons.Create(request, "Publish", "publish", id), buttons.Create(request, "Discard", "discard", id)],
        };
    }

    private static string Speaker(PreviewQuote quote) =>
        quote.SpeakerName ?? quote.Quote.Speaker ?? "speaker unsure (?)";

    private static string Shorten(string text) => text.Length <= MaxQuoteLength ? text : text[..(MaxQuoteLength - 1)] + "…";
}
