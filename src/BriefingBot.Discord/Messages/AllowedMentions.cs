namespace BriefingBot.Discord.Messages;

/// <summary>
/// The allowed_mentions object. The bot never pings anyone: the only instance is <see cref="None"/> (<c>{"parse": []}</c>),
/// and every outgoing message type exposes it as a get-only property, so no message can be sent without it.
/// </summary>
public sealed class AllowedMentions
{
    private AllowedMentions()
    {
    }

    /// <summary>Parse no mentions at all: not users, not roles, not @everyone or @here.</summary>
    public static AllowedMentions None { get; } = new();

    public IReadOnlyList<string> Parse { get; } = [];
}
