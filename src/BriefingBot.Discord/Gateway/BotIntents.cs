namespace BriefingBot.Discord.Gateway;

/// <summary>The fewest intents that work: interactions need none beyond GUILDS; answering mentions needs messages and their content.</summary>
public static class BotIntents
{
    public static GatewayIntents For(bool answerMentions) =>
        answerMentions ? GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.MessageContent : GatewayIntents.Guilds;
}
