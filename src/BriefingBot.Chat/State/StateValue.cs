namespace BriefingBot.Chat.State;

/// <summary>A named value an adapter keeps across restarts.</summary>
internal sealed class StateValue
{
    public string Id { get; set; } = "";

    public string Value { get; set; } = "";
}
