using BriefingBot.Chat;

namespace BriefingBot.Chat.Tests;

/// <summary>Builds requests as an adapter would, each with a fresh update id.</summary>
internal static class ChatRequests
{
    private static int _next;

    public static ChatRequest Message(string text, ChatKind kind = ChatKind.Private, string chat = "100") => new()
    {
        Platform = "test",
        UpdateId = Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
        User = new ChatUser("7", "Tess"),
        ChatId = chat,
        ChatKind = kind,
        Text = text,
    };

    public static ChatRequest Press(string payload, string chat = "100") => Message("", chat: chat) with { Text = null, CallbackData = payload };
}
