namespace BriefingBot.Discord.Gateway;

/// <summary>One frame from the gateway: a JSON text message, or the close with its code (null when the connection just dropped).</summary>
public sealed record GatewayFrame(string? Text, int? CloseCode = null, string? CloseReason = null)
{
    public bool IsClose => Text is null;
}
