using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Curation;

/// <summary>
/// What moderators do to the library, from chat or the command line alike: add articles as previews and publish or discard
/// them, correct quotes and speakers, write summaries, and read the audit log. Every change is stored with its audit entry in
/// one transaction and reaches the search indexes at once.
/// </summary>
public sealed partial class CurationDesk(BriefingLibrary library, ArticleReader reader, ArticleIngestor ingestor, TimeProvider time, IOptions<CurationOptions> options)
{
    private const int MaxReviewQuotes = 20;

    private BriefingStore Store => library.Store;

    private TimeSpan Lifetime => options.Value.PreviewLifetime;

    /// <summary>Reads an article from text (or a downloaded file or page), extracts its quotes and stores it as a preview.</summary>
    /// <exception cref="IngestException">The input is not an article (empty, binary, too large).</exception>
    public Preview Add(string content, ArticleFormat format, string source, string? url, Curator who) =>
        Add(reader.Read(content, format), source, url, who);

    /// <summary>As <see cref="Add(string, ArticleFormat, string, string?, Curator)"/>, reading a file or page as it downloads (refused past the size limit).</summary>
    public async Task<Preview> AddAsync(Stream content, ArticleFormat format, string source, string? url, Curator who, CancellationToken cancellationToken) =>
        Add(await reader.ReadStreamAsync(content, format, cancellationToken).ConfigureAwait(false), source, url, who);

    private Preview Add(ParsedArticle parsed, string source, string? url, Curator who)
    {
        if (url is not null && parsed.Url is null)
        {
            parsed = parsed with { Url = url };
        }

        var prepared = ingestor.Prepare(parsed, source);
        var now = time.GetUtcNow();
        var number = 0;
        var preview = new Preview
        {
            Article = prepared.Article,
            Quotes = prepared.Quotes.OrderBy(q => q.Quote.InHeadline ? -1 : q.Quote.Start)
                .Select(q => new PreviewQuote { Number = ++number, Quote = q.Quote, SpeakerName = q.SpeakerName })
                .ToList(),
            Facts = prepared.Facts.Select(PreviewFact.From).ToList(),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            AddedBy = who.ToString(),
            UpdatesArticleId = Store.FindSameArticle(prepared.Article.Url, prepared.Article.ContentHash)?.Id,
        };
        var entry = AuditEntry.For(who, now, CurationAction.Add, "preview", after: $"{preview.Article.Title} ({preview.Quotes.Count} quotes)");
        return library.Curate(() => Store.Audited(entry, () =>
        {
            // Each preview holds a whole article: those expired a lifetime ago go, so unanswered previews cannot fill the disk,
            // while one that expired lately still gets "expired" rather than "no such preview".
            Store.DropPreviewsExpiredBefore(now - Lifetime);
            Store.PutPreview(preview);
            entry.Target = $"preview {preview.Id}";
            return preview;
        }));
    }

    /// <summary>A preview still waiting for a decision.</summary>
    /// <exception cref="CurationException">There is no such preview, it expired, or it was already decided.</exception>
    public Preview Pending(int previewId) => Waiting(Store.GetPreview(previewId), previewId, time.GetUtcNow());

    /// <summary>Stores the preview's article and its quotes (those not removed): from now on they are searched and cited.</summary>
    /// <exception cref="CurationException">No such preview, expired, or already published or discarded (by someone else, perhaps a moment ago).</exception>
    public PublishedPreview Publish(int previewId, Curator who)
    {
        var now = time.GetUtcNow();
        var preview = Waiting(Store.GetPreview(previewId), previewId, now);
        var quotes = preview.Quotes.Where(q => !q.Removed).Select(q => (q.Quote, q.SpeakerName)).ToList();
        var entry = AuditEntry.For(who, now, CurationAction.Publish, $"preview {previewId}");
        var batch = library.StartBatch();
        batch.Add(preview.Article, preview.Facts.Select(f => f.ToFact()).ToList(), quotes);

        // Checked again inside the transaction: of two moderators publishing at once, the second finds it decided and stores nothing.
        var saved = batch.Save(results =>
        {
            var current = Waiting(Store.GetPreview(previewId), previewId, now);
            current.State = PreviewState.Published;
            current.DecidedBy = who.ToString();
            current.ArticleId = results[0].Article.Id;
            Store.PutPreview(current);
            entry.After = $"article {results[0].Article.Id}{(results[0].Replaced ? " (updated)" : "")} with {results[0].Quotes.Count} quotes";
            Store.AppendAudit(entry);
        })[0];
        return new PublishedPreview(previewId, saved.Article, saved.Quotes.Count, saved.Replaced);
    }

    /// <summary>Drops a preview: nothing of it reaches the library.</summary>
    public Preview Discard(int previewId, Curator who)
    {
        var now = time.GetUtcNow();
        var entry = AuditEntry.For(who, now, CurationAction.Discard, $"preview {previewId}");
        return library.Curate(() => Store.Audited(entry, () =>
        {
            var preview = Waiting(Store.GetPreview(previewId), previewId, now);
            entry.Before = preview.Article.Title;
            preview.State = PreviewState.Discarded;
            preview.DecidedBy = who.ToString();
            Store.PutPreview(preview);
            return preview;
        }));
    }

    /// <summary>Sets a stored article's summary, shown with its citation in answers and briefings.</summary>
    public void SetSummary(int articleId, string summary, Curator who)
    {
        var text = Required(summary, "summary", 4000);
        var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.Summary, $"article {articleId}", after: text);
        library.Curate(() =>
        {
            Store.Audited(entry, () =>
            {
                entry.Before = AuditEntry.Bounded(Store.GetArticle(articleId)?.Summary);
                return Store.PutSummary(articleId, text) ? true : throw new CurationException($"There is no article {articleId}.");
            });
            library.Reindex(Store.GetArticle(articleId)!);
            return true;
        });
    }

    /// <summary>Previews waiting for a decision (not expired), and stored quotes whose speaker is unsure.</summary>
    public ReviewList Review()
    {
        var now = time.GetUtcNow();
        return new ReviewList(Store.PendingPreviews().Where(p => !p.IsExpired(now)).ToList(), Store.UnsureQuotes(MaxReviewQuotes));
    }

    /// <summary>The latest changes, newest first.</summary>
    public IReadOnlyList<AuditEntry> Audit(int count) => Store.LatestAudit(Math.Clamp(count, 1, 100));

    private static Preview Waiting(Preview? preview, int previewId, DateTimeOffset now)
    {
        if (preview is null)
        {
            throw new CurationException($"There is no preview {previewId}.");
        }

        return preview.State switch
        {
            PreviewState.Published => throw new CurationException($"Preview {previewId} was already published by {preview.DecidedBy} (article {preview.ArticleId})."),
            PreviewState.Discarded => throw new CurationException($"Preview {previewId} was already discarded by {preview.DecidedBy}."),
            _ when preview.IsExpired(now) => throw new CurationException($"Preview {previewId} has expired. Add the article again."),
            _ => preview,
        };
    }

    private static string Required(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new CurationException($"Give the {what}.");
        }

        return trimmed.Length <= maxLength ? trimmed : throw new CurationException($"That {what} is {trimmed.Length} characters long; please keep it under {maxLength}.");
    }
}
