namespace BriefingBot.Chat;

/// <summary>
/// A file that came with a chat message (a Telegram document, a Discord attachment). The adapter knows how to download it;
/// handlers decide from the name, type and size whether to, so a 50 MB upload is refused without being fetched.
/// </summary>
/// <param name="FileName">The name the sender gave it ("story.html"); may be empty.</param>
/// <param name="ContentType">The MIME type the platform reports, when it reports one.</param>
/// <param name="Size">Its size in bytes as the platform reports it; null when unknown.</param>
/// <param name="OpenAsync">Downloads it; the stream may be read once and must be disposed.</param>
public sealed record ChatAttachment(
    string FileName,
    string? ContentType,
    long? Size,
    Func<CancellationToken, Task<Stream>> OpenAsync);
