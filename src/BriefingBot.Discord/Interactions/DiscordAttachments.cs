using BriefingBot.Chat;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Makes Discord attachments chat attachments: name, type and size at once, the bytes only when a handler opens it
/// (a plain GET of the attachment's CDN URL, which needs no token).
/// </summary>
public sealed class DiscordAttachments(HttpClient http)
{
    public ChatAttachment ToChat(DiscordAttachment attachment) => new(
        attachment.Filename,
        attachment.ContentType,
        attachment.Size,
        cancellationToken => DownloadAsync(attachment.Url, cancellationToken));

    public IReadOnlyList<ChatAttachment> ToChat(IEnumerable<DiscordAttachment>? attachments) =>
        attachments?.Where(a => Uri.TryCreate(a.Url, UriKind.Absolute, out _)).Select(ToChat).ToList() ?? [];

    private async Task<Stream> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        // Handlers check the reported size before opening; the copy in memory lets the response go at once.
        var buffer = new MemoryStream();
        await response.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return buffer;
    }
}
