using System.Text.Json;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Bench.Corpus;

/// <summary>Writes generated articles as an export document (the shape <c>import FILE</c> reads), for the bulk import path.</summary>
internal static class BulkDocument
{
    public static void Write(string path, CorpusGenerator corpus, int articles)
    {
        using var file = File.Create(path);
        using var writer = new Utf8JsonWriter(file);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", 1);
        writer.WriteString("exportedAt", DateTimeOffset.UnixEpoch);
        writer.WriteStartArray("speakers");
        foreach (var speaker in corpus.Speakers)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", speaker.Number + 1);
            writer.WriteString("name", speaker.Name);
            writer.WriteString("type", "Person");
            writer.WriteString("gender", "Unknown");
            writer.WriteStartArray("aliases");
            writer.WriteEndArray();
            writer.WriteStartArray("roles");
            writer.WriteStringValue(speaker.Role);
            writer.WriteEndArray();
            writer.WriteStartArray("affiliations");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("articles");
        for (var i = 0; i < articles; i++)
        {
            var article = corpus.Article(i);
            writer.WriteStartObject();
            writer.WriteNumber("id", i + 1);
            writer.WriteString("title", article.Title);
            writer.WriteString("body", article.Body);
            writer.WriteString("url", article.Url);
            writer.WriteString("outlet", article.Outlet);
            writer.WriteString("author", article.Outlet + " staff");
            writer.WriteString("publishedAt", article.PublishedAt);
            writer.WriteString("contentHash", ArticleIngestor.ContentHash(article.Body));
            writer.WriteString("ingestedAt", article.PublishedAt);
            writer.WriteString("source", $"bulk/{i}.txt");
            writer.WriteEndObject();
            if (i % 1000 == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        var quoteId = 0;
        for (var i = 0; i < articles; i++)
        {
            var article = corpus.Article(i);
            foreach (var quote in CorpusGenerator.StoredQuotes(article, i + 1, n => n + 1, corpus.Speakers))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", ++quoteId);
                writer.WriteNumber("articleId", quote.ArticleId);
                writer.WriteString("text", quote.Text);
                writer.WriteNumber("start", quote.Start);
                writer.WriteNumber("length", quote.Length);
                writer.WriteBoolean("inHeadline", false);
                writer.WriteString("kind", quote.Kind.ToString());
                writer.WriteNumber("speakerId", quote.SpeakerId!.Value);
                writer.WriteString("speaker", quote.Speaker);
                writer.WriteString("speakerRole", quote.SpeakerRole);
                writer.WriteString("attribution", quote.Attribution.ToString());
                writer.WriteNumber("confidence", quote.Confidence);
                writer.WriteString("context", quote.Context);
                writer.WriteString("background", quote.Background);
                writer.WriteEndObject();
            }

            if (i % 1000 == 0)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
