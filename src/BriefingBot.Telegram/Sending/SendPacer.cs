namespace BriefingBot.Telegram.Sending;

/// <summary>
/// Keeps sends within Telegram's limits: one message per chat per interval, a number per minute in groups, and a number
/// per second overall. Waits on the <see cref="TimeProvider"/>, never with fixed sleeps.
/// </summary>
public sealed class SendPacer(TimeProvider time, TelegramOptions options, TelegramMetrics? metrics = null)
{
    private const int ChatsBeforePrune = 10_000;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Queue<DateTimeOffset> _overall = new();
    private readonly Dictionary<long, ChatWindow> _chats = [];
    private readonly Lock _lock = new();

    /// <summary>Waits until a message may go to the chat, and counts it as sent.</summary>
    public async Task WaitTurnAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryReserve(chatId, isGroup);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            metrics?.Waited(TelegramMetrics.PacerWait, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Zero when a send was reserved now; otherwise how long until one may be.</summary>
    public TimeSpan TryReserve(long chatId, bool isGroup)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_overall.Count > 0 && _overall.Peek() <= now - Second)
            {
                _overall.Dequeue();
            }

            if (!_chats.TryGetValue(chatId, out var chat))
            {
                Prune(now);
                chat = _chats[chatId] = new ChatWindow();
            }

            while (chat.Recent.Count > 0 && chat.Recent.Peek() <= now - Minute)
            {
                chat.Recent.Dequeue();
            }

            var waits = new List<TimeSpan> { TimeSpan.Zero };
            if (chat.Last is { } last)
            {
                waits.Add(last + options.PerChatInterval - now);
            }

            if (isGroup && chat.Recent.Count >= options.GroupMessagesPerMinute)
            {
                waits.Add(chat.Recent.Peek() + Minute - now);
            }

            if (_overall.Count >= options.MessagesPerSecond)
            {
                waits.Add(_overall.Peek() + Second - now);
            }

            var wait = waits.Max();
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            chat.Last = now;
            chat.Recent.Enqueue(now);
            _overall.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_chats.Count < ChatsBeforePrune)
        {
            return;
        }

        foreach (var id in _chats.Where(c => c.Value.Last is null || c.Value.Last <= now - Minute).Select(c => c.Key).ToList())
        {
            _chats.Remove(id);
        }
    }

    private sealed class ChatWindow
    {
        public DateTimeOffset? Last { get; set; }

        public Queue<DateTimeOffset> Recent { get; } = new();
    }
}
