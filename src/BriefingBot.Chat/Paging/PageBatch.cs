namespace BriefingBot.Chat.Paging;

/// <summary>The "More" pages saved since the previous write, recorded together; their tokens start with the batch's id.</summary>
internal sealed class PageBatch
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    public List<PageState> Pages { get; set; } = [];
}
