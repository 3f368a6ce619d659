using System.Collections.Concurrent;
using System.Security.Cryptography;
using BriefingBot.Chat.State;

namespace BriefingBot.Chat.Paging;

/// <summary>
/// Keeps "More" state in the chat state file under an unguessable token, so a button keeps working across a restart
/// until it expires; payloads are "more:TOKEN" (17 characters: fits Telegram's 64 bytes and Discord's 100). Pages are
/// written behind the replies that carry their buttons, those saved in the same moment as records of a few dozen, whose ids
/// start their tokens (4 characters; 8 random ones follow). Pages are also kept in memory until their write has committed, so a
/// press that comes first finds its page all the same, and a few of the latest beyond that; no more, as every page kept
/// long in memory is one more object each collection must move.
/// </summary>
public sealed class PagingStore(ChatStateStore store, TimeProvider time, TimeSpan lifetime)
{
    public const string Prefix = "more:";
    private const int TokenBytes = 6;
    private const int RecentPages = 64;

    // Pages a record holds at most: a press on a page no longer in memory reads its whole record.
    private const int PagesPerBatch = 64;

    // Batch ids fit the token's first 4 characters (24 bits) and wrap round; a record that old has long been pruned.
    private const int BatchIds = 1 << 24;
    private readonly ConcurrentDictionary<string, PageState> _recent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Id, long Commit)> _recentOrder = new();
    private readonly Lock _lock = new();
    private readonly List<(int Batch, PageState Page)> _unwritten = [];
    private int _inBatch;
    private int _batch = NextBatch(store.PageBatches.Query().OrderByDescending(b => b.At).FirstOrDefault()?.Id ?? 0);
    private int _writes;

    /// <summary>Stores the state of the next page and returns the payload for its button.</summary>
    public string Save(string platform, string chatId, string kind, string query, int offset)
    {
        var page = new PageState
        {
            Platform = platform,
            ChatId = chatId,
            Kind = kind,
            Query = query,
            Offset = offset,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        lock (_lock)
        {
            if (_inBatch == PagesPerBatch)
            {
                _batch = NextBatch(_batch);
                _inBatch = 0;
            }

            page.Id = BatchToken(_batch) + Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
            _unwritten.Add((_batch, page));
            _inBatch++;
        }

        // Committed behind the reply, with the pages saved beside it (the first write to run takes them all); closing the
        // store commits what is left.
        var commit = store.Writes.Defer(WriteUnwritten);
        _recent[page.Id] = page;
        _recentOrder.Enqueue((page.Id, commit));
        Forget();

        return Prefix + page.Id;
    }

    /// <summary>The state behind a payload, if it is ours, for this chat, and not expired.</summary>
    public PageLookup Find(string payload, string platform, string chatId, out PageState? state)
    {
        state = null;
        if (!payload.StartsWith(Prefix, StringComparison.Ordinal) || payload.Length != Prefix.Length + 12)
        {
            return PageLookup.Unknown;
        }

        var token = payload[Prefix.Length..];
        if (!token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return PageLookup.Unknown;
        }

        var found = _recent.TryGetValue(token, out var recent) ? recent : Written(token);
        if (found is null || found.Platform != platform || found.ChatId != chatId)
        {
            return PageLookup.Unknown;
        }

        if (found.CreatedAt + lifetime < time.GetUtcNow().UtcDateTime)
        {
            return PageLookup.Expired;
        }

        state = found;
        return PageLookup.Found;
    }

    // Drops the oldest pages from memory beyond the few latest, once their write has committed.
    private void Forget()
    {
        while (_recentOrder.Count > RecentPages && _recentOrder.TryPeek(out var oldest) && oldest.Commit <= store.Writes.Committed)
        {
            if (!_recentOrder.TryDequeue(out oldest))
            {
                return;
            }

            if (oldest.Commit > store.Writes.Committed)
            {
                // Another request took the one looked at first; this one is not written yet.
                _recentOrder.Enqueue(oldest);
                return;
            }

            _recent.TryRemove(oldest.Id, out _);
        }
    }

    // Records the pages saved since the last write, a record for each batch id they carry (the next pages take a new one);
    // now and then drops the batches (and older single pages) well past their lifetime. Runs inside a commit of the state file.
    private void WriteUnwritten()
    {
        List<(int Batch, PageState Page)> pages;
        lock (_lock)
        {
            pages = [.. _unwritten];
            _unwritten.Clear();
            _batch = NextBatch(_batch);
            _inBatch = 0;
        }

        if (pages.Count == 0)
        {
            return;
        }

        var at = time.GetUtcNow().UtcDateTime;
        var written = 0;
        foreach (var batch in pages.GroupBy(p => p.Batch))
        {
            // A tick apart, so that the last record written is the latest one, from which a restart numbers the next.
            store.PageBatches.Upsert(new PageBatch { Id = batch.Key, At = at.AddTicks(written++), Pages = [.. batch.Select(p => p.Page)] });
        }

        if (++_writes % 100 == 0)
        {
            var cutoff = at - (lifetime * 2); // expired ones still say "expired" for a while
            store.PageBatches.DeleteMany(b => b.At < cutoff);
            store.Pages.DeleteMany(p => p.CreatedAt < cutoff);
        }
    }

    // A page already written: in the batch its token names, or (from an older file) on its own.
    private PageState? Written(string token)
    {
        var id = (Decode(token[..4]) is [var a, var b, var c]) ? (a << 16) | (b << 8) | c : 0;
        return (id > 0 ? store.PageBatches.FindById(id)?.Pages.Find(p => p.Id == token) : null) ?? store.Pages.FindById(token);
    }

    private static int NextBatch(int batch) => (batch % (BatchIds - 1)) + 1;

    private static string BatchToken(int batch) => Base64Url([(byte)(batch >> 16), (byte)(batch >> 8), (byte)batch]);

    private static byte[] Decode(string base64Url)
    {
        try
        {
            return Convert.FromBase64String(base64Url.Replace('-', '+').Replace('_', '/'));
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
