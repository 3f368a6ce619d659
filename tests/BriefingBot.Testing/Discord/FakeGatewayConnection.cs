using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// One bot connection to the fake gateway, driven by the test: send Hello, dispatches, op 7, op 9 or a close code, and
/// read what the bot sent. Heartbeats are acknowledged automatically unless <see cref="AutoAcknowledge"/> is off.
/// </summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _sequence;

    internal FakeGatewayConnection(WebSocket socket, string path, string query)
    {
        _socket = socket;
        Path = path;
        Query = query;
    }

    /// <summary>"/gateway" for a fresh connection, "/resume" for one opened on resume_gateway_url.</summary>
    public string Path { get; }

    public string Query { get; }

    public bool AutoAcknowledge { get; set; } = true;

    /// <summary>Every payload the bot sent, heartbeats included, in order.</summary>
    public List<JsonElement> Sent { get; } = [];

    /// <summary>Completes when the bot closed the connection; its close code (null when it just dropped).</summary>
    public Task Closed => _closed.Task;

    public int? ClientCloseCode { get; private set; }

    public Task SendHelloAsync(int heartbeatIntervalMs = 41250) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs } });

    /// <summary>A dispatch with the next sequence number (or <paramref name="sequence"/>).</summary>
    public Task SendDispatchAsync(string eventName, JsonNode data, int? sequence = null)
    {
        _sequence = sequence ?? _sequence + 1;
        return SendAsync(new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = _sequence, ["d"] = data });
    }

    public Task SendReadyAsync(string sessionId, string resumeUrl, string botUserId = "999") =>
        SendDispatchAsync("READY", new JsonObject
        {
            ["v"] = 10,
            ["session_id"] = sessionId,
            ["resume_gateway_url"] = resumeUrl,
            ["user"] = new JsonObject { ["id"] = botUserId, ["username"] = "BriefingBot", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["application"] = new JsonObject { ["id"] = "42", ["flags"] = 0 },
        });

    public Task SendOpAsync(int op, JsonNode? data = null) => SendAsync(new JsonObject { ["op"] = op, ["d"] = data });

    public Task SendAckAsync() => SendOpAsync(11);

    public Task SendReconnectAsync() => SendOpAsync(7);

    public Task SendInvalidSessionAsync(bool resumable) => SendOpAsync(9, resumable);

    public async Task SendRawAsync(string text)
    {
        await _sendGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    public Task SendAsync(JsonNode payload) => SendRawAsync(payload.ToJsonString());

    /// <summary>Closes from the server side with a gateway close code (4000 resumable, 4004 bad token …).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    /// <summary>Drops the connection without a close frame.</summary>
    public void Abort() => _socket.Abort();

    /// <summary>The next payload the bot sent (heartbeats included).</summary>
    public async Task<JsonElement> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <summary>The next payload with opcode <paramref name="op"/>, skipping others (heartbeats while waiting for Identify).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var payload = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (payload.GetProperty("op").GetInt32() == op)
            {
                return payload;
            }
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)result.CloseStatus;
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                lock (Sent)
                {
                    Sent.Add(payload);
                }

                if (AutoAcknowledge && payload.GetProperty("op").GetInt32() == 1)
                {
                    await SendAckAsync().ConfigureAwait(false);
                }

                await _received.Writer.WriteAsync(payload, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            // The bot dropped the connection.
        }
        finally
        {
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
