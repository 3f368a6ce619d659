using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Curation;

/// <summary>Quote corrections, on stored quotes ("12") and on a preview's ("7.2") alike.</summary>
public sealed partial class CurationDesk
{
    /// <summary>Names who said a quote (a known speaker by any of their names, or a new one).</summary>
    public void SetQuoteSpeaker(QuoteRef quote, string name, Curator who)
    {
        var speakerName = Required(name, "speaker's name", 200);
        var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.QuoteSpeaker, $"quote {quote}");
        if (quote.InPreview)
        {
            ChangePreviewQuote(quote, entry, (_, q) =>
            {
                entry.Before = q.SpeakerName ?? q.Quote.Speaker ?? "unsure";
                q.SpeakerName = speakerName;
                Confirm(q.Quote, null);
                entry.After = speakerName;
            });
            return;
        }

        library.Curate(() =>
        {
            var stored = Store.GetQuote(quote.Id) ?? throw NoQuote(quote);
            var speaker = library.Speakers.FindByName(speakerName);
            var created = speaker is null;
            speaker ??= new Speaker { Name = speakerName };
            entry.Before = stored.Speaker ?? "unsure";
            try
            {
                Store.Audited(entry, () =>
                {
                    if (created)
                    {
                        Store.PutSpeaker(speaker);
                    }

                    Confirm(stored, speaker);
                    entry.After = speaker.Name;
                    Store.PutQuote(stored);
                    return true;
                });
            }
            catch
            {
                speaker.Id = created ? 0 : speaker.Id; // the id handed out in the rolled-back transaction means nothing
                throw;
            }

            if (created)
            {
                library.Speakers.Adopt(speaker);
            }

            library.Reindex(stored);
            return true;
        });
    }

    /// <summary>Corrects a quote's words; they must still be the article's own, found in its text or headline.</summary>
    public void SetQuoteText(QuoteRef quote, string text, Curator who)
    {
        var words = Required(text, "quote's text", 2000).Trim('"', '“', '”', '«', '»');
        var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.QuoteText, $"quote {quote}", after: words);
        if (quote.InPreview)
        {
            ChangePreviewQuote(quote, entry, (preview, q) =>
            {
                entry.Before = AuditEntry.Bounded(q.Quote.Text);
                Place(q.Quote, words, preview.Article);
            });
            return;
        }

        library.Curate(() =>
        {
            var stored = Store.GetQuote(quote.Id) ?? throw NoQuote(quote);
            var article = Store.GetArticle(stored.ArticleId) ?? throw NoQuote(quote);
            entry.Before = AuditEntry.Bounded(stored.Text);
            Place(stored, words, article);
            Store.Audited(entry, () =>
            {
                Store.PutQuote(stored);
                return true;
            });
            library.Reindex(stored);
            return true;
        });
    }

    /// <summary>Takes a quote out of answers and search; it is kept apart, so <see cref="RestoreQuote"/> brings it back.</summary>
    public void RemoveQuote(QuoteRef quote, Curator who)
    {
        var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.QuoteRemove, $"quote {quote}");
        if (quote.InPreview)
        {
            ChangePreviewQuote(quote, entry, (_, q) =>
            {
                q.Removed = q.Removed ? throw new CurationException($"Quote {quote} is already removed.") : true;
                entry.Before = AuditEntry.Bounded(q.Quote.Text);
            });
            return;
        }

        library.Curate(() =>
        {
            var stored = Store.GetQuote(quote.Id)
                ?? throw (Store.GetRemovedQuote(quote.Id) is null ? NoQuote(quote) : new CurationException($"Quote {quote} is already removed."));
            entry.Before = AuditEntry.Bounded(stored.Text);
            Store.Audited(entry, () => Store.SetAsideQuote(quote.Id));
            library.Unindex(quote.Id);
            return true;
        });
    }

    /// <summary>Brings back a removed quote into answers and search; returns its id (a new one only when its old id was taken meanwhile).</summary>
    public QuoteRef RestoreQuote(QuoteRef quote, Curator who)
    {
        var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.QuoteRestore, $"quote {quote}");
        if (quote.InPreview)
        {
            ChangePreviewQuote(quote, entry, (_, q) =>
            {
                q.Removed = q.Removed ? false : throw new CurationException($"Quote {quote} is not removed.");
                entry.After = AuditEntry.Bounded(q.Quote.Text);
            });
            return quote;
        }

        return library.Curate(() =>
        {
            if (Store.GetRemovedQuote(quote.Id) is null)
            {
                throw Store.GetQuote(quote.Id) is null ? NoQuote(quote) : new CurationException($"Quote {quote} is not removed.");
            }

            var restored = Store.Audited(entry, () =>
            {
                var back = Store.BringBackQuote(quote.Id) ?? throw NoQuote(quote);
                entry.After = AuditEntry.Bounded(back.Id == quote.Id ? back.Text : $"as quote {back.Id}: {back.Text}");
                return back;
            });
            library.Reindex(restored);
            return new QuoteRef(restored.Id, null);
        });
    }

    // A preview's quote changed inside the preview's own record, with the audit entry, in one transaction.
    private void ChangePreviewQuote(QuoteRef quote, AuditEntry entry, Action<Preview, PreviewQuote> change)
    {
        var now = time.GetUtcNow();
        library.Curate(() => Store.Audited(entry, () =>
        {
            var preview = Waiting(Store.GetPreview(quote.PreviewId!.Value), quote.PreviewId.Value, now);
            var found = preview.Quote(quote.Id) ?? throw NoQuote(quote);
            change(preview, found);
            Store.PutPreview(preview);
            return true;
        }));
    }

    // A moderator named the speaker: the attribution is now certain (and no longer a description).
    private static void Confirm(Quote quote, Speaker? speaker)
    {
        quote.SpeakerId = speaker?.Id;
        quote.Speaker = speaker?.Name;
        quote.SpeakerKind = quote.SpeakerKind == SpeakerKind.Description ? SpeakerKind.Unknown : quote.SpeakerKind;
        quote.Attribution = quote.Attribution == AttributionKind.None ? AttributionKind.Explicit : quote.Attribution;
        quote.Confidence = 1.0;
    }

    // Points the quote at its new words in the article (body first, then headline); refuses words the article does not contain.
    private static void Place(Quote quote, string words, Article article)
    {
        var inBody = article.Body.IndexOf(words, StringComparison.Ordinal);
        var inTitle = inBody < 0 ? article.Title.IndexOf(words, StringComparison.Ordinal) : -1;
        if (inBody < 0 && inTitle < 0)
        {
            throw new CurationException("Those words are not in the article. A quote must be the article's own words, exactly as written.");
        }

        quote.Text = words;
        quote.InHeadline = inBody < 0;
        quote.Start = inBody >= 0 ? inBody : inTitle;
        quote.Length = words.Length;
        if (!quote.Context.Contains(words, StringComparison.Ordinal))
        {
            quote.Context = quote.InHeadline ? article.Title : Paragraph(article.Body, inBody);
        }
    }

    private static string Paragraph(string body, int at)
    {
        var start = body.LastIndexOf("\n\n", at, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        var end = body.IndexOf("\n\n", at, StringComparison.Ordinal);
        return body[start..(end < 0 ? body.Length : end)];
    }

    private static CurationException NoQuote(QuoteRef quote) => new(quote.InPreview
        ? $"Preview {quote.PreviewId} has no quote {quote.Id}."
        : $"There is no quote {quote}.");
}
