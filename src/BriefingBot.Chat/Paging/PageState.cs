namespace BriefingBot.Chat.Paging;

/// <summary>What a "More" button continues: which kind of list, for what query, from where, in which chat.</summary>
public sealed class PageState
{
    /// <summary>The random token the button carries.</summary>
    public string Id { get; set; } = "";

    public string Platform { get; set; } = "";

    public string ChatId { get; set; } = "";

    /// <summary>The paged command ("ask", "brief").</summary>
    public string Kind { get; set; } = "";

    public string Query { get; set; } = "";

    public int Offset { get; set; }

    public DateTime CreatedAt { get; set; }
}
