namespace BriefingBot.Discord.Gateway;

/// <summary>A WebSocket connection to the gateway, reduced to what the gateway needs (text frames and closes).</summary>
public interface IGatewaySocket : IAsyncDisposable
{
    Task ConnectAsync(Uri url, CancellationToken cancellationToken);

    Task SendAsync(string json, CancellationToken cancellationToken);

    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> (not 1000/1001 when the session should stay resumable) and drops the connection.</summary>
    Task CloseAsync(int code, string reason);
}
