namespace BriefingBot.Discord.Messages;

public sealed record EmbedFooter(string Text);
