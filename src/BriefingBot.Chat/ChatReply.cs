namespace BriefingBot.Chat;

/// <summary>
/// A platform-neutral reply: blocks of text, cited excerpts, list items and summaries, buttons with payloads, and
/// where a list is paged, the paging state. Each platform renders it in its own markup and limits.
/// </summary>
public sealed record ChatReply
{
    public IReadOnlyList<ReplyBlock> Blocks { get; init; } = [];

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    public ReplyPaging? Paging { get; init; }

    /// <summary>The reply reports a problem with the request (Discord shows such replies to the user only).</summary>
    public bool IsError { get; init; }

    /// <summary>A short acknowledgement for a button press (Telegram: callback toast); null when there is none.</summary>
    public string? Notice { get; init; }

    /// <summary>A reply of one plain paragraph.</summary>
    public static ChatReply Text(string text) => new() { Blocks = [new TextBlock(text)] };

    /// <summary>A short, clear reply to a request that cannot be served as sent.</summary>
    public static ChatReply Error(string text) => new() { Blocks = [new TextBlock(text, TextRole.Note)], IsError = true };
}
