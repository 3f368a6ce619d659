namespace BriefingBot.Chat.State;

/// <summary>The updates answered since the previous write of the ledger, recorded together (oldest first).</summary>
internal sealed class AnsweredBatch
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    public List<string> Keys { get; set; } = [];
}
