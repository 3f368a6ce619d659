using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Storage;

/// <summary>Group commit: many articles and the speakers they name in one transaction.</summary>
public sealed partial class BriefingStore
{
    /// <summary>LiteDB's log file as the store writes it (for tests).</summary>
    internal CommitSyncedLog? Log => _files?.Log;

    /// <summary>
    /// Stores speakers, then articles with their quotes (each as <see cref="SaveArticle"/> would), all in one transaction: either
    /// everything is stored or, when anything fails, nothing is. Speakers with id 0 are inserted and get their new id written
    /// back (reset to 0 again when the batch fails); the others are updated. An article repeated in the batch (same URL or
    /// content hash) replaces its earlier copy, as two separate saves would. The arguments are not changed otherwise.
    /// </summary>
    /// <returns>What each article stored, in the order given.</returns>
    public IReadOnlyList<ArticleSaveResult> SaveArticles(IReadOnlyList<ArticleToSave> articles, IReadOnlyCollection<Speaker> speakers) =>
        SaveArticles(articles, speakers, alongside: null);

    /// <summary>As <see cref="SaveArticles(IReadOnlyList{ArticleToSave}, IReadOnlyCollection{Speaker})"/>, running <paramref name="alongside"/> in the same transaction after the saves (throwing from it stores nothing).</summary>
    internal IReadOnlyList<ArticleSaveResult> SaveArticles(
        IReadOnlyList<ArticleToSave> articles, IReadOnlyCollection<Speaker> speakers, Action<IReadOnlyList<ArticleSaveResult>>? alongside)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(speakers);
        foreach (var item in articles)
        {
            if (item.SpeakerOfQuote is { } speakerOf && speakerOf.Count != item.Quotes.Count)
            {
                throw new ArgumentException("SpeakerOfQuote must name one speaker (or null) per quote.", nameof(articles));
            }
        }

        var copies = articles.Select(a => (Article: Copy(a.Article), Quotes: a.Quotes.Select(Copy).ToList(), a.SpeakerOfQuote)).ToList();
        var inserted = new List<Speaker>();
        lock (_writeLock)
        {
            try
            {
                return InTransaction(() =>
                {
                    foreach (var speaker in speakers)
                    {
                        if (speaker.Id == 0)
                        {
                            _speakers.Insert(speaker);
                            inserted.Add(speaker);
                        }
                        else
                        {
                            _speakers.Upsert(speaker);
                        }

                        Step("speaker");
                    }

                    // Speakers alone are no change to articles or quotes (see Changes).
                    var change = copies.Count > 0 ? NextChange() : 0;
                    var results = new List<ArticleSaveResult>(copies.Count);
                    foreach (var (article, quotes, speakerOf) in copies)
                    {
                        for (var i = 0; speakerOf is not null && i < quotes.Count; i++)
                        {
                            if (speakerOf[i] is { } speaker)
                            {
                                quotes[i].SpeakerId = speaker.Id;
                                quotes[i].Speaker = speaker.Name;
                            }
                        }

                        results.Add(SaveArticleCore(article, quotes, change));
                    }

                    alongside?.Invoke(results);
                    return results;
                });
            }
            catch
            {
                // The transaction was rolled back, so the ids handed out in it mean nothing.
                foreach (var speaker in inserted)
                {
                    speaker.Id = 0;
                }

                throw;
            }
        }
    }
}
