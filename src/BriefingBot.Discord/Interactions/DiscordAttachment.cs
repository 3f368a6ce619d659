namespace BriefingBot.Discord.Interactions;

/// <summary>A file on a message or in a slash command's attachment option: where Discord's CDN serves it, its name, type and size.</summary>
public sealed record DiscordAttachment
{
    public string Id { get; init; } = "";

    public string Filename { get; init; } = "";

    public string? ContentType { get; init; }

    public long? Size { get; init; }

    public string Url { get; init; } = "";
}
