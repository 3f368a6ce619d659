using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Storage;

/// <summary>
/// A <see cref="BriefingStore"/> as one JSON document (schemaVersion, exportedAt, articles, quotes, speakers) and such a document
/// read back into a store: what the `export` and `import` commands and bulk loads use.
/// </summary>
public sealed class StoreTransfer(BriefingStore store)
{
    /// <summary>Writes the whole store as one JSON document: schemaVersion, exportedAt, articles, quotes, speakers (each in id order).</summary>
    public void Export(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Inside the store's gate, so the three lists are consistent with each other.
        store.Exclusively(() =>
        {
            using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", BriefingStore.SchemaVersion);
            writer.WriteString("exportedAt", DateTimeOffset.UtcNow);
            writer.WriteStartArray("articles");
            foreach (var article in store.AllArticles())
            {
                JsonSerializer.Serialize(writer, article, StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("quotes");
            foreach (var quote in store.AllQuotes())
            {
                JsonSerializer.Serialize(writer, quote, StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("speakers");
            foreach (var speaker in store.AllSpeakers())
            {
                JsonSerializer.Serialize(writer, speaker, StoreJson.Options);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// Reads a document written by <see cref="Export"/>. The whole document is checked before anything is written, then it is
    /// written in one transaction. Into an empty store (no articles, quotes or speakers) the ids are kept; otherwise articles
    /// are matched as in <see cref="BriefingStore.SaveArticle"/>, speakers by name (case-insensitive), and everything else gets new ids.
    /// </summary>
    /// <exception cref="StoreException">The document is not valid JSON, is inconsistent, or is from a newer schema.</exception>
    public ImportResult Import(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = Read(input);
        var articles = document.Articles!.Select(a => a!).ToList();
        var quotes = document.Quotes!.Select(q => q!).ToList();
        var speakers = document.Speakers!.Select(s => s!).ToList();
        return store.InWriteTransaction(() =>
            store.HoldsNothing ? ImportKeepingIds(articles, quotes, speakers) : ImportMerging(articles, quotes, speakers));
    }

    private static StoreJson.Document Read(Stream input)
    {
        StoreJson.Document? document;
        try
        {
            document = JsonSerializer.Deserialize<StoreJson.Document>(input, StoreJson.Options);
        }
        catch (JsonException e)
        {
            throw new StoreException($"The import is not a valid BriefingBot export: {e.Message.ReplaceLineEndings(" ")}", e);
        }

        if (document is null)
        {
            throw new StoreException("The import is not a valid BriefingBot export: the document is empty.");
        }

        if (document.SchemaVersion is not { } version || version < 1)
        {
            throw new StoreException("The import is not a valid BriefingBot export: it has no schemaVersion.");
        }

        if (version > BriefingStore.SchemaVersion)
        {
            throw new StoreException(
                $"The import was written by a newer BriefingBot (schema {version}; this one reads up to {BriefingStore.SchemaVersion}); update BriefingBot to import it.");
        }

        document.Articles ??= [];
        document.Quotes ??= [];
        document.Speakers ??= [];
        var articleIds = CheckIds(document.Articles, a => a.Id, "article");
        CheckIds(document.Quotes, q => q.Id, "quote");
        var speakerIds = CheckIds(document.Speakers, s => s.Id, "speaker");
        foreach (var quote in document.Quotes)
        {
            if (!articleIds.Contains(quote!.ArticleId))
            {
                throw Invalid($"quote {quote.Id} belongs to article {quote.ArticleId}, which is not in the document");
            }

            if (quote.SpeakerId is { } speakerId && !speakerIds.Contains(speakerId))
            {
                throw Invalid($"quote {quote.Id} names speaker {speakerId}, who is not in the document");
            }
        }

        if (document.Speakers.FirstOrDefault(s => string.IsNullOrWhiteSpace(s!.Name)) is { } nameless)
        {
            throw Invalid($"speaker {nameless.Id} has no name");
        }

        // Every record is checked here, before the first is written: a JSON null where text belongs would be stored as is.
        if (document.Articles.FirstOrDefault(a => string.IsNullOrWhiteSpace(a!.Title) || a.Body is null || a.ContentHash is null) is { } untitled)
        {
            throw Invalid($"article {untitled.Id} has no title, body or content hash");
        }

        if (document.Quotes.FirstOrDefault(q => string.IsNullOrWhiteSpace(q!.Text)) is { } empty)
        {
            throw Invalid($"quote {empty.Id} has no text");
        }

        foreach (var quote in document.Quotes)
        {
            // Older exports may leave these out; they are never null in the store.
            quote!.Context ??= "";
            quote.Background ??= "";
        }

        return document;
    }

    private static HashSet<int> CheckIds<T>(List<T?> items, Func<T, int> id, string what)
        where T : class
    {
        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (item is null)
            {
                throw Invalid($"an {what} entry is null");
            }

            if (id(item) <= 0 || !seen.Add(id(item)))
            {
                throw Invalid($"{what} id {id(item)} is not positive or appears twice");
            }
        }

        return seen;
    }

    private static StoreException Invalid(string why) => new($"The import is not a valid BriefingBot export: {why}.");

    // Inside the import's transaction, into a store that holds nothing.
    private ImportResult ImportKeepingIds(List<Article> articles, List<Quote> quotes, List<Speaker> speakers)
    {
        foreach (var speaker in speakers)
        {
            store.InsertSpeaker(speaker);
            store.Step("speaker");
        }

        var change = store.NextChange();
        foreach (var article in articles)
        {
            store.InsertArticle(article, change);
            store.Step("article");
        }

        foreach (var quote in quotes)
        {
            store.InsertQuote(quote);
            store.Step("quote");
        }

        return new ImportResult(articles.Count, 0, quotes.Count, speakers.Count, 0, KeptIds: true);
    }

    // Inside the import's transaction, into a store that holds something.
    private ImportResult ImportMerging(List<Article> articles, List<Quote> quotes, List<Speaker> speakers)
    {
        var byName = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
        foreach (var stored in store.AllSpeakers())
        {
            byName.TryAdd(stored.Name, stored);
        }

        var speakerIds = new Dictionary<int, int>();
        int speakersAdded = 0, speakersMatched = 0;
        foreach (var speaker in speakers)
        {
            int storedId;
            if (byName.TryGetValue(speaker.Name, out var stored))
            {
                // What the export knows of a speaker the store has too (names, roles, affiliations) is kept.
                if (stored.Absorb(speaker))
                {
                    store.UpdateSpeaker(stored);
                }

                storedId = stored.Id;
                speakersMatched++;
            }
            else
            {
                var oldId = speaker.Id;
                speaker.Id = 0;
                storedId = store.InsertSpeaker(speaker);
                byName[speaker.Name] = speaker;
                speakersAdded++;
                speaker.Id = oldId;
            }

            speakerIds[speaker.Id] = storedId;
            store.Step("speaker");
        }

        var quotesByArticle = quotes.ToLookup(q => q.ArticleId);
        int added = 0, replaced = 0, quoteCount = 0;
        foreach (var article in articles)
        {
            var itsQuotes = quotesByArticle[article.Id].ToList();
            foreach (var quote in itsQuotes)
            {
                quote.SpeakerId = quote.SpeakerId is { } id ? speakerIds[id] : null;
            }

            var result = store.SaveArticleInTransaction(article, itsQuotes);
            if (result.Replaced)
            {
                replaced++;
            }
            else
            {
                added++;
            }

            quoteCount += result.Quotes.Count;
        }

        return new ImportResult(added, replaced, quoteCount, speakersAdded, speakersMatched, KeptIds: false);
    }
}
