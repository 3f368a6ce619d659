namespace BriefingBot.Telegram.Updates;

/// <summary>The HTTP client the Telegram adapter talks through (the Bot API client and raw reads share it).</summary>
public sealed class TelegramHttp(HttpClient client)
{
    public HttpClient Client => client;
}
