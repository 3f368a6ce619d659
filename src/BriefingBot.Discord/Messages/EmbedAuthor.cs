namespace BriefingBot.Discord.Messages;

public sealed record EmbedAuthor(string Name, string? Url = null);
