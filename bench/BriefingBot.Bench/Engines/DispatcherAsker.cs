using System.Globalization;
using BriefingBot.Chat;
using BriefingBot.Chat.Delivery;

namespace BriefingBot.Bench.Engines;

/// <summary>Asks through the chat dispatcher as a platform would: a private message per question, each a new update, the reply captured.</summary>
internal sealed class DispatcherAsker(ChatDispatcher dispatcher)
{
    public const string Name = "chat dispatcher";

    private long _updates;

    public IReadOnlyList<int> Ask(string question)
    {
        var request = new ChatRequest
        {
            Platform = "bench",
            UpdateId = Interlocked.Increment(ref _updates).ToString(CultureInfo.InvariantCulture),
            User = new ChatUser("1"),
            ChatId = "1",
            Text = question,
        };
        var reply = new CapturedReply();
        dispatcher.HandleAsync(request, reply).GetAwaiter().GetResult();
        return reply.Reply is { } answered ? [answered.Blocks.Count] : [];
    }
}
