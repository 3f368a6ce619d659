namespace BriefingBot.Chat.Paging;

/// <summary>How looking up a button's payload went.</summary>
public enum PageLookup
{
    Found,
    Expired,
    Unknown,
}
