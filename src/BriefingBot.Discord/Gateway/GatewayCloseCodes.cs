namespace BriefingBot.Discord.Gateway;

/// <summary>Discord's gateway close codes, sorted into what to do about each (developers/topics/opcodes-and-status-codes).</summary>
public static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static CloseAction ActionFor(int? code) => code switch
    {
        AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents => CloseAction.Stop,
        InvalidSeq or SessionTimedOut => CloseAction.Reidentify,

        // 1000/1001 from the server end the session; anything else, or no code at all, may resume.
        1000 or 1001 => CloseAction.Reidentify,
        _ => CloseAction.Resume,
    };

    /// <summary>A sentence naming the cause and what to change, for codes that stop the adapter.</summary>
    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "authentication failed (4004): the bot token is wrong or was reset; set BRIEFINGBOT__DISCORD__TOKEN to the token from the Developer Portal's Bot page",
        InvalidShard => "invalid shard (4010): BriefingBot:Discord:ShardIds must be below ShardCount",
        ShardingRequired => "sharding required (4011): the bot is in too many guilds for one connection; set BriefingBot:Discord:ShardCount or leave it empty to use Discord's recommendation",
        InvalidApiVersion => "invalid API version (4012): the gateway refused version 10",
        InvalidIntents => "invalid intents (4013): the intents sent are not valid",
        DisallowedIntents => "disallowed intents (4014): MESSAGE_CONTENT is privileged; enable Message Content Intent on the Developer Portal's Bot page, or set BriefingBot:Discord:AnswerMentions to false",
        _ => $"the gateway closed the connection with code {code}",
    };
}
