using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Ingestion;

/// <summary>Reads an article, extracts and attributes its quotes, and stores them: all of it, or nothing.</summary>
public sealed class ArticleIngestor(ArticleReader reader, IQuoteExtractor extractor, BriefingLibrary library, TimeProvider time, IngestMetrics? metrics = null)
{
    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken cancellationToken)
    {
        var parsed = await reader.ReadFileAsync(path, cancellationToken);
        return Store(parsed, path);
    }

    public async Task<IngestResult> IngestStreamAsync(Stream input, ArticleFormat format, string source, CancellationToken cancellationToken)
    {
        var parsed = await reader.ReadStreamAsync(input, format, cancellationToken);
        return Store(parsed, source);
    }

    public IngestResult IngestText(string content, ArticleFormat format, string source)
    {
        return Store(reader.Read(content, format), source);
    }

    private IngestResult Store(ParsedArticle parsed, string source)
    {
        var extraction = extractor.Extract(new ArticleText(parsed.Title, parsed.Body), library.Speakers);
        var quotes = extraction.Quotes.Select(found => (Quote: ToQuote(found, parsed), SpeakerName: found.Speaker)).ToList();
        library.AssignSpeakers(extraction.Speakers, quotes);

        var article = new Article
        {
            Title = parsed.Title,
            Body = parsed.Body,
            Url = parsed.Url,
            Outlet = parsed.Outlet,
            Author = parsed.Author,
            PublishedAt = parsed.PublishedAt,
            ContentHash = ContentHash(parsed.Body),
            IngestedAt = time.GetUtcNow(),
            Source = source,
        };
        var saved = library.Save(article, quotes.Select(q => q.Quote).ToList());
        var result = new IngestResult(source, saved.Article, saved.Quotes, saved.Replaced);
        metrics?.Ingested(result);
        return result;
    }

    private static Quote ToQuote(ExtractedQuote found, ParsedArticle parsed) => new()
    {
        Text = found.Text,
        Start = found.Start,
        Length = found.Length,
        InHeadline = found.InHeadline,
        Kind = found.Kind,
        SpeakerRole = found.SpeakerRole,
        Attribution = found.Attribution,
        Confidence = found.Confidence,
        Context = found.Context,
        Background = QuoteBackground.For(found, parsed.Title, parsed.Body),
    };

    /// <summary>Hash of the body with case, white space and quote-mark styles folded, so a re-scrape matches.</summary>
    public static string ContentHash(string body)
    {
        var folded = new StringBuilder(body.Length);
        var lastWasSpace = true;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '«' or '»' or '‘' or '’' or '\'')
            {
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            folded.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString().Trim())));
    }
}
