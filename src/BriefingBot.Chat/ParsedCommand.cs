namespace BriefingBot.Chat;

/// <summary>A command read from message text: "/ask@ThisBot what did Peskov say" → ask, "what did Peskov say".</summary>
public sealed record ParsedCommand(string Name, string Args, string? AddressedTo)
{
    /// <summary>The command names another bot ("/ask@OtherBot"): it is not ours to answer.</summary>
    public bool IsForOtherBot(string? botUsername) =>
        AddressedTo is not null && (botUsername is null || !AddressedTo.Equals(botUsername, StringComparison.OrdinalIgnoreCase));
}
