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

    /// <summary>A message from someone the adapter found to be a moderator.</summary>
    public static ChatRequest Moderator(string text, string user = "7", string name = "Tess") =>
        Message(text) with { IsModerator = true, User = new ChatUser(user, name) };

    public static ChatRequest Press(string payload, string chat = "100") => Message("", chat: chat) with { Text = null, CallbackData = payload };
}
