namespace BriefingBot.Chat;

/// <summary>One line of a list (an article, a speaker): a label, an optional detail and link.</summary>
public sealed record ItemBlock(string Label, string? Detail = null, string? Url = null) : ReplyBlock;
