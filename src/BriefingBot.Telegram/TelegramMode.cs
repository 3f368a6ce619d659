namespace BriefingBot.Telegram;

/// <summary>How updates reach the bot: it asks for them (long polling) or Telegram posts them to our HTTPS endpoint (webhook).</summary>
public enum TelegramMode
{
    Polling,
    Webhook,
}
