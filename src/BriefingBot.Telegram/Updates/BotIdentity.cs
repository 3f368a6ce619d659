namespace BriefingBot.Telegram.Updates;

/// <summary>Who the bot is (from getMe at start): its id, to spot replies to it, and its username, for /cmd@ThisBot and mentions.</summary>
public sealed class BotIdentity
{
    public long Id { get; private set; }

    public string? Username { get; private set; }

    public void Set(long id, string? username)
    {
        Id = id;
        Username = username;
    }
}
