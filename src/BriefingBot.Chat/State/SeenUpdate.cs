namespace BriefingBot.Chat.State;

/// <summary>An update that has been answered.</summary>
internal sealed class SeenUpdate
{
    public string Id { get; set; } = "";

    public DateTime At { get; set; }
}
