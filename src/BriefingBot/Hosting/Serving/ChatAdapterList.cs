using BriefingBot.Chat.Adapters;
using BriefingBot.Discord;
using BriefingBot.Telegram;

namespace BriefingBot.Hosting.Serving;

/// <summary>The chat platforms this executable can serve, in the order they are started: a new platform is one line here.</summary>
public static class ChatAdapterList
{
    public static IReadOnlyList<IChatAdapter> All { get; } =
    [
        new TelegramAdapter(),
        new DiscordAdapter(),
    ];
}
