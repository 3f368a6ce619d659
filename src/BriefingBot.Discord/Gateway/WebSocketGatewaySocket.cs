using System.Net.WebSockets;
using System.Text;

namespace BriefingBot.Discord.Gateway;

/// <summary><see cref="IGatewaySocket"/> over <see cref="ClientWebSocket"/>: JSON text frames, no compression.</summary>
public sealed class WebSocketGatewaySocket : IGatewaySocket
{
    /// <summary>Discord closes connections that send more than 4,096 bytes in one payload; frames it sends can be much larger (READY).</summary>
    public const int MaxReceiveBytes = 16 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException) when (!cancellationToken.IsCancellationRequested)
            {
                return new GatewayFrame(null);
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayFrame(null, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxReceiveBytes)
            {
                throw new InvalidDataException("A gateway message exceeded 16 MiB.");
            }

            if (result.EndOfMessage)
            {
                return new GatewayFrame(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            }
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // After any send under way (a heartbeat): a close frame sent beside it fails, and the peer never learns the code.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            var gated = false;
            try
            {
                await _sendGate.WaitAsync(timeout.Token).ConfigureAwait(false);
                gated = true;
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The connection is going away either way.
            }
            finally
            {
                if (gated)
                {
                    _sendGate.Release();
                }
            }
        }

        _socket.Abort();
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendGate.Dispose();
        return ValueTask.CompletedTask;
    }
}
