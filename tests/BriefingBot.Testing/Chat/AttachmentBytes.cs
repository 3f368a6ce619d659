using BriefingBot.Chat;

namespace BriefingBot.Testing.Chat;

/// <summary>Reads an attachment the way a handler would: opens it once and takes all its bytes.</summary>
public static class AttachmentBytes
{
    public static async Task<byte[]> ReadAllAsync(this ChatAttachment attachment, CancellationToken cancellationToken)
    {
        await using var stream = await attachment.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return copy.ToArray();
    }
}
