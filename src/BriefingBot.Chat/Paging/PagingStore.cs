using System.Collections.Concurrent;
using System.Security.Cryptography;
using BriefingBot.Chat.State;

namespace BriefingBot.Chat.Paging;

/// <summary>
/// Keeps "More" state in the chat state file under an unguessable token, so a button keeps working across a restart
/// until it expires; payloads are "more:TOKEN" (17 characters: fits Telegram's 64 bytes and Discord's 100). A page is
/// written behind the reply that carries its button, and the latest pages are also kept in memory, so a press that comes
/// before the write has committed finds its page all the same.
/// </summary>
public sealed class PagingStore(ChatStateStore store, TimeProvider time, TimeSpan lifetime)
{
    public const string Prefix = "more:";
    private const int TokenBytes = 9;
    private const int RecentPages = 1024;
    private readonly ConcurrentDictionary<string, PageState> _recent = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _recentOrder = new();
    private int _saves;

    /// <summary>Stores the state of the next page and returns the payload for its button.</summary>
    public string Save(string platform, string chatId, string kind, string query, int offset)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        var page = new PageState
        {
            Id = token,
            Platform = platform,
            ChatId = chatId,
            Kind = kind,
            Query = query,
            Offset = offset,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var prune = Interlocked.Increment(ref _saves) % 100 == 0;
        var cutoff = page.CreatedAt - (lifetime * 2); // expired ones still say "expired" for a while

        _recent[token] = page;
        _recentOrder.Enqueue(token);
        while (_recentOrder.Count > RecentPages && _recentOrder.TryDequeue(out var old))
        {
            _recent.TryRemove(old, out _);
        }

        // Committed behind the reply, with the writes of requests beside this one; closing the store commits what is left.
        store.Writes.Defer(() =>
        {
            store.Pages.Insert(page);
            if (prune)
            {
                store.Pages.DeleteMany(p => p.CreatedAt < cutoff);
            }
        });

        return Prefix + token;
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

        var found = _recent.TryGetValue(token, out var recent) ? recent : store.Pages.FindById(token);
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

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
