using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Moderation;

/// <summary>
/// Decides who moderates the bot on Telegram: the configured user ids, and the administrators of the configured chats.
/// Each chat's administrators are asked once and trusted for <see cref="TelegramOptions.ModeratorCacheTime"/>; a chat that
/// cannot be asked counts no one as moderator until it is asked again.
/// </summary>
public sealed partial class TelegramModerators
{
    // A failed lookup is retried sooner than a good answer expires, but not on every message.
    private static readonly TimeSpan FailureRetry = TimeSpan.FromMinutes(1);

    private readonly ITelegramBotClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<TelegramModerators> _logger;
    private readonly IReadOnlySet<long> _users;
    private readonly IReadOnlySet<long> _chats;
    private readonly TimeSpan _cacheTime;
    private readonly Dictionary<long, (DateTimeOffset Expires, Task<Admins> Lookup)> _admins = [];

    public TelegramModerators(ITelegramBotClient client, TelegramOptions options, TimeProvider time, ILogger<TelegramModerators> logger)
    {
        _client = client;
        _time = time;
        _logger = logger;
        _users = options.ModeratorIds() ?? new HashSet<long>();
        _chats = options.ModeratorChatIds() ?? new HashSet<long>();
        _cacheTime = options.ModeratorCacheTime;
    }

    public async ValueTask<bool> IsModeratorAsync(long userId, CancellationToken cancellationToken)
    {
        if (_users.Contains(userId))
        {
            return true;
        }

        foreach (var chat in _chats)
        {
            var admins = await AdminsOf(chat).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (admins.Ids.Contains(userId))
            {
                return true;
            }
        }

        return false;
    }

    private Task<Admins> AdminsOf(long chat)
    {
        lock (_admins)
        {
            var now = _time.GetUtcNow();
            if (_admins.TryGetValue(chat, out var cached) && now < cached.Expires)
            {
                return cached.Lookup;
            }

            // One lookup per chat at a time: concurrent messages share it. A failure shortens how long it is kept.
            var lookup = LookUpAsync(chat);
            _admins[chat] = (now + _cacheTime, lookup);
            _ = lookup.ContinueWith(t =>
            {
                if (!t.Result.Known)
                {
                    lock (_admins)
                    {
                        if (_admins.TryGetValue(chat, out var entry) && entry.Lookup == lookup)
                        {
                            _admins[chat] = (now + FailureRetry, lookup);
                        }
                    }
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return lookup;
        }
    }

    private async Task<Admins> LookUpAsync(long chat)
    {
        try
        {
            // Not cancelled by the asking message: other messages wait for the same answer.
            var members = await _client.GetChatAdministrators(chat, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return new Admins(true, members.Where(m => !m.User.IsBot).Select(m => m.User.Id).ToHashSet());
        }
        catch (Exception e)
        {
            LogLookupFailed(chat, e is ApiRequestException api ? api.Message : e.GetType().Name);
            return new Admins(false, []);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not ask Telegram for the administrators of chat {Chat}: {Reason}; they do not moderate until it answers")]
    private partial void LogLookupFailed(long chat, string reason);

    private sealed record Admins(bool Known, HashSet<long> Ids);
}
