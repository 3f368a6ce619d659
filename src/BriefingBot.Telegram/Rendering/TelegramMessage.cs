using BriefingBot.Chat;

namespace BriefingBot.Telegram.Rendering;

/// <summary>One Telegram message to send: its HTML, the same words as plain text (the fallback), and buttons for the last part of a reply.</summary>
public sealed record TelegramMessage(string Html, string Plain, IReadOnlyList<ReplyButton> Buttons);
