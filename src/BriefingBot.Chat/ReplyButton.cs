namespace BriefingBot.Chat;

/// <summary>A button; pressing it comes back as a request with <see cref="ChatRequest.CallbackData"/> = <see cref="Payload"/>.</summary>
public sealed record ReplyButton(string Label, string Payload);
