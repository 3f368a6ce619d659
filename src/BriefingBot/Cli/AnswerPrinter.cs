using BriefingBot.Core.Answers;

namespace BriefingBot.Cli;

/// <summary>Writes an answer for a person at a terminal: numbered quotes, each with who said it and where.</summary>
public static class AnswerPrinter
{
    public static void Print(TextWriter output, Answer answer)
    {
        if (answer.Message is not null)
        {
            output.WriteLine(answer.Message);
        }

        var number = answer.Offset;
        foreach (var quote in answer.Quotes)
        {
            number++;
            output.WriteLine();
            output.WriteLine($"{number}. {CitationText.Quoted(quote.Text, quote.Kind)}");
            output.WriteLine($"   — {CitationText.Speaker(quote.Speaker, quote.SpeakerRole)}");
            if (CitationText.Context(quote.Text, quote.Context) is { } context)
            {
                output.WriteLine($"   Context: {context}");
            }

            output.WriteLine($"   {CitationText.Source(quote.Citation)}");
            if (quote.Citation.Url is { } url)
            {
                output.WriteLine($"   {url}");
            }

            output.WriteLine($"   [article {quote.Citation.ArticleId}, quote {quote.QuoteId}]");
        }

        if (answer.Summaries.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("In the articles:");
            foreach (var summary in answer.Summaries)
            {
                output.WriteLine();
                output.WriteLine($"• {summary.Text}");
                output.WriteLine($"  {CitationText.Source(summary.Citation)}{(summary.Citation.Url is { } url ? " " + url : "")}");
            }
        }

        if (answer.HasMore)
        {
            output.WriteLine();
            output.WriteLine($"{answer.TotalQuotes - answer.Offset - answer.Quotes.Count} more: add --offset {answer.Offset + answer.Quotes.Count}.");
        }
    }

    public static object ToJson(Answer answer) => new
    {
        question = answer.Question,
        speakers = answer.Speakers,
        topic = answer.Topic,
        total = answer.TotalQuotes,
        offset = answer.Offset,
        message = answer.Message,
        suggestions = answer.Suggestions,
        answers = answer.Quotes.Select(q => new
        {
            id = q.QuoteId,
            text = q.Text,
            kind = q.Kind,
            speaker = q.Speaker,
            speakerRole = q.SpeakerRole,
            confidence = Math.Round(q.Confidence, 3),
            context = q.Context,
            articleId = q.Citation.ArticleId,
            citation = CitationJson(q.Citation),
        }),
        summaries = answer.Summaries.Select(s => new { text = s.Text, isLead = s.IsLead, citation = CitationJson(s.Citation) }),
    };

    public static object CitationJson(Citation citation) => new
    {
        articleId = citation.ArticleId,
        title = citation.Title,
        outlet = citation.Outlet,
        date = citation.PublishedAt,
        url = citation.Url,
    };
}
