namespace BriefingBot.Chat;

/// <summary>Limits and state for the chat command layer (section "BriefingBot:Chat").</summary>
public sealed class ChatOptions
{
    public const string Section = "BriefingBot:Chat";

    /// <summary>The file holding paging state and answered update ids; empty keeps them in memory only (lost on restart).</summary>
    public string StatePath { get; set; } = Path.Combine("data", "chat-state.db");

    /// <summary>Messages longer than this are refused before any parsing.</summary>
    public int MaxInputLength { get; set; } = 4096;

    /// <summary>How long a "More" button keeps working.</summary>
    public TimeSpan PagingLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How many answered update ids are remembered per platform (in memory and in the state file).</summary>
    public int RememberedUpdates { get; set; } = 10_000;

    /// <summary>How many items /sources and /speakers list.</summary>
    public int ListLimit { get; set; } = 15;
}
