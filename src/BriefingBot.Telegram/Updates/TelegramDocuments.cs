using BriefingBot.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Updates;

/// <summary>Makes a Telegram document a chat attachment: its name, type and size at once, the bytes only when a handler opens it (getFile, then the download).</summary>
public sealed class TelegramDocuments(ITelegramBotClient client)
{
    public ChatAttachment ToAttachment(Document document) => new(
        document.FileName ?? "",
        document.MimeType,
        document.FileSize,
        cancellationToken => DownloadAsync(document.FileId, cancellationToken));

    private async Task<Stream> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        // The Bot API serves files of up to 20 MB; handlers check the size before opening, so memory is bounded by that.
        var buffer = new MemoryStream();
        try
        {
            await client.GetInfoAndDownloadFile(fileId, buffer, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        buffer.Position = 0;
        return buffer;
    }
}
