using BriefingBot.Core.Articles;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Speakers;
using LiteDB;

namespace BriefingBot.Core.Storage;

/// <summary>
/// What moderators change: previews, quote corrections (soft removal keeps a removed quote apart, to be restored), speakers, and
/// the audit log. Every change is written with its audit entry in one transaction (<see cref="Audited{T}"/>), so a failure
/// between the two leaves neither.
/// </summary>
public sealed partial class BriefingStore
{
    private const string PreviewsName = "previews";
    private const string AuditName = "audit";
    private const string RemovedQuotesName = "removed_quotes";

    private ILiteCollection<Preview> Previews => _db.GetCollection<Preview>(PreviewsName, BsonAutoId.Int32);

    private ILiteCollection<AuditEntry> Audit => _db.GetCollection<AuditEntry>(AuditName, BsonAutoId.Int32);

    private ILiteCollection<Quote> RemovedQuotes => _db.GetCollection<Quote>(RemovedQuotesName, BsonAutoId.Int32);

    public Preview? GetPreview(int id) => Read(() => Previews.FindById(id));

    /// <summary>Previews still waiting for a decision (expired ones included), oldest first.</summary>
    public IReadOnlyList<Preview> PendingPreviews() =>
        Read(() => Previews.Find(FieldQuery.Equal(nameof(Preview.State), nameof(PreviewState.Pending))).OrderBy(p => p.Id).ToList());

    /// <summary>The latest <paramref name="count"/> audit entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> LatestAudit(int count) =>
        Read(() => Audit.Find(Query.All(Query.Descending), limit: Math.Max(0, count)).ToList());

    public Quote? GetQuote(int id) => Read(() => _quotes.FindById(id));

    public Quote? GetRemovedQuote(int id) => Read(() => RemovedQuotes.FindById(id));

    /// <summary>Stored quotes no speaker could be named for (not even a description), in id order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<Quote> UnsureQuotes(int limit) =>
        // Ordered in the query: the planner may walk an index on the speaker, whose order among equal keys is not the ids'.
        Read(() => _quotes.Query()
            .Where(Query.And(Query.EQ(nameof(Quote.Speaker), BsonValue.Null), Query.EQ(nameof(Quote.SpeakerId), BsonValue.Null)))
            .OrderBy(q => q.Id)
            .Limit(Math.Max(0, limit))
            .ToList());

    /// <summary>The stored article a new one with this URL or content hash would update, if any.</summary>
    public Article? FindSameArticle(string? url, string contentHash) => Read(() => FindExisting(UrlKey.Normalise(url), contentHash));

    /// <summary>
    /// Runs <paramref name="change"/> (made of the store's in-transaction writes below) and writes <paramref name="entry"/>, all in
    /// one transaction: when either fails, neither is stored.
    /// </summary>
    public T Audited<T>(AuditEntry entry, Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(change);
        lock (_writeLock)
        {
            return InTransaction(() =>
            {
                var result = change();
                AppendAudit(entry);
                return result;
            });
        }
    }

    /// <summary>Inside a transaction: writes an audit entry.</summary>
    internal void AppendAudit(AuditEntry entry)
    {
        entry.Id = 0;
        Audit.Insert(entry);
        Step("audit");
    }

    /// <summary>Inside a transaction: inserts (id 0) or updates a preview.</summary>
    internal void PutPreview(Preview preview) => Put(Previews, preview, preview.Id == 0, "preview");

    /// <summary>Inside a transaction: deletes every preview (decided or not) that expired before <paramref name="cutoff"/>; returns how many.</summary>
    internal int DropPreviewsExpiredBefore(DateTimeOffset cutoff)
    {
        // Few previews are ever stored at once, so they are compared here rather than through a query on a stored date.
        var stale = Previews.FindAll().Where(p => p.ExpiresAt < cutoff).Select(p => p.Id).ToList();
        foreach (var id in stale)
        {
            Previews.Delete(id);
        }

        return stale.Count;
    }

    /// <summary>Inside a transaction: rewrites a stored quote and marks its article changed (so saved indexes catch up).</summary>
    internal void PutQuote(Quote quote)
    {
        _quotes.Update(quote);
        Touch(quote.ArticleId);
        Step("quote");
    }

    /// <summary>Inside a transaction: moves a quote out of the library, kept apart so it can be restored; false when there is none.</summary>
    internal bool SetAsideQuote(int id)
    {
        var quote = _quotes.FindById(id);
        if (quote is null)
        {
            return false;
        }

        RemovedQuotes.Upsert(quote);
        _quotes.Delete(id);
        Touch(quote.ArticleId);
        Step("quote");
        return true;
    }

    /// <summary>Inside a transaction: brings a removed quote back, with its id while that is free; null when there is none (or its article is gone).</summary>
    internal Quote? BringBackQuote(int id)
    {
        var quote = RemovedQuotes.FindById(id);
        if (quote is null || _articles.FindById(quote.ArticleId) is null)
        {
            return null;
        }

        // A quote stored since may have been given the same id (ids follow the highest in use): the restored one then gets a new one.
        if (_quotes.FindById(id) is not null)
        {
            quote.Id = 0;
        }

        _quotes.Insert(quote);
        RemovedQuotes.Delete(id);
        Touch(quote.ArticleId);
        Step("quote");
        return quote;
    }

    /// <summary>Inside a transaction: sets an article's summary; false when there is no such article.</summary>
    internal bool PutSummary(int articleId, string summary)
    {
        var doc = _articles.FindById(articleId);
        if (doc is null)
        {
            return false;
        }

        doc[nameof(Article.Summary)] = summary;
        doc[ChangeField] = NextChange();
        _articles.Update(doc);
        Step("article");
        return true;
    }

    /// <summary>Inside a transaction: inserts (id 0, which is written back) or updates a speaker.</summary>
    internal void PutSpeaker(Speaker speaker) => Put(_speakers, speaker, speaker.Id == 0, "speaker");

    /// <summary>Inside a transaction: deletes a speaker (its quotes must have been moved first).</summary>
    internal void DeleteSpeaker(int id)
    {
        _speakers.Delete(id);
        Step("speaker");
    }

    // A new record (id 0) is inserted and gets its id written back; any other is updated.
    private void Put<T>(ILiteCollection<T> collection, T item, bool isNew, string step)
    {
        if (isNew)
        {
            collection.Insert(item);
        }
        else
        {
            collection.Update(item);
        }

        Step(step);
    }

    // Stamps an article with a new change number: a saved index snapshot then replays its quotes on the next open.
    private void Touch(int articleId)
    {
        var doc = _articles.FindById(articleId);
        if (doc is not null)
        {
            doc[ChangeField] = NextChange();
            _articles.Update(doc);
        }
    }
}
