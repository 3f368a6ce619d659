using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// One shard's gateway session: Hello → heartbeats → Identify (or Resume) → dispatches; reconnects and resumes after
/// resumable closes, op 7 and zombied connections; identifies afresh after op 9 (d false), 4007 and 4009; stops with
/// <see cref="GatewayFatalException"/> on 4004 and 4010–4014.
/// </summary>
public sealed class DiscordGateway
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly GatewaySettings _settings;
    private readonly IdentifyGate _identify;
    private readonly TimeProvider _time;
    private readonly Func<IGatewaySocket> _sockets;
    private readonly Func<double> _random;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly List<Task> _handlers = [];

    // Sequence numbers of this session's dispatches whose handlers have not finished; a new session gets a new set.
    private SortedSet<int> _unhandled = [];

    public DiscordGateway(GatewaySettings settings, IdentifyGate identify, TimeProvider time, Func<IGatewaySocket> sockets, Func<double> random,
        ILogger<DiscordGateway>? logger = null)
    {
        _settings = settings;
        _identify = identify;
        _time = time;
        _sockets = sockets;
        _random = random;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public int ShardId => _settings.ShardId;

    public int ShardCount => _settings.ShardCount;

    /// <summary>
    /// On a stop, close with a code that leaves the session open on Discord's side (for a few minutes), so the next process
    /// can resume it from <see cref="Session"/>; by default a stop ends the session (1000) and the bot shows offline at once.
    /// </summary>
    public bool KeepSessionOnStop { get; init; }

    public GatewayState State { get; private set; }

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    /// <summary>The last sequence number received (sent with heartbeats and Resume).</summary>
    public int? Sequence { get; private set; }

    /// <summary>The bot's own user id, from READY (to recognise mentions of the bot).</summary>
    public string? BotUserId { get; private set; }

    /// <summary>How many times this shard reconnected.</summary>
    public int Reconnects { get; private set; }

    /// <summary>
    /// What a later process needs to resume this session: its id, resume URL, and the sequence number up to which every
    /// dispatch was handled (so resuming replays any dispatch whose handler a stop cut short). Null without a session.
    /// </summary>
    public GatewaySession? Session
    {
        get
        {
            lock (_lock)
            {
                return SessionId is null || ResumeGatewayUrl is null ? null
                    : new GatewaySession(SessionId, ResumeGatewayUrl, _unhandled.Count > 0 ? _unhandled.Min - 1 : Sequence, BotUserId);
            }
        }
    }

    /// <summary>Before <see cref="RunAsync"/>: resume a session an earlier process kept; if Discord refuses it, a new one is identified.</summary>
    public void Resume(GatewaySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_lock)
        {
            SessionId = session.SessionId;
            ResumeGatewayUrl = session.ResumeGatewayUrl;
            Sequence = session.Sequence;
            BotUserId = session.BotUserId;
        }
    }

    /// <summary>Completes once the handlers of every dispatch received so far have finished (or the wait is cancelled).</summary>
    public Task WhenDispatchesHandledAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.WhenAll(_handlers).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Called for every dispatch; runs off the receive loop so a slow handler never delays heartbeats.</summary>
    public Func<GatewayDispatch, CancellationToken, Task>? OnDispatch { get; set; }

    /// <summary>Raised with the reason whenever the connection is about to be reopened.</summary>
    public event Action<string>? Reconnecting;

    public event Action<GatewayState>? StateChanged;

    /// <summary>Connects and stays connected until cancelled; throws <see cref="GatewayFatalException"/> when Discord refuses the bot for good.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var resume = SessionId is not null && ResumeGatewayUrl is not null;
            SetState(GatewayState.Connecting);
            var socket = _sockets();
            Outcome outcome;
            try
            {
                await socket.ConnectAsync(GatewaySettings.WithQuery(resume ? ResumeGatewayUrl! : _settings.GatewayUrl), cancellationToken).ConfigureAwait(false);
                outcome = await RunConnectionAsync(socket, resume, cancellationToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await CloseOnStopAsync(socket).ConfigureAwait(false);
                SetState(GatewayState.Stopped);
                throw;
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or IOException or InvalidDataException or HttpRequestException)
            {
                failures++;
                outcome = new Outcome(resume && failures < 3 ? CloseAction.Resume : CloseAction.Reidentify, null, $"connection failed: {e.Message}");
            }
            finally
            {
                await socket.DisposeAsync().ConfigureAwait(false);
            }

            if (outcome.Action == CloseAction.Stop)
            {
                SetState(GatewayState.Failed);
                throw new GatewayFatalException(outcome.CloseCode ?? 0, ShardId);
            }

            if (outcome.Action == CloseAction.Reidentify)
            {
                lock (_lock)
                {
                    SessionId = null;
                    ResumeGatewayUrl = null;
                    Sequence = null;
                    _unhandled = [];
                }
            }

            Reconnects++;
            _logger.LogInformation("Discord shard {Shard}: {Reason}; {Next}", ShardId, outcome.Reason,
                outcome.Action == CloseAction.Resume ? "resuming" : "identifying again");
            var wait = outcome.Delay ?? (failures == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 1))));
            var pause = wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
            Reconnecting?.Invoke(outcome.Reason);
            await pause.ConfigureAwait(false);
        }
    }

    // A clean stop: 1000 ends the session so Discord shows the bot offline at once; any other code keeps it resumable.
    private Task CloseOnStopAsync(IGatewaySocket socket) =>
        KeepSessionOnStop ? socket.CloseAsync(4000, "restarting") : socket.CloseAsync(1000, "shutting down");

    private async Task<Outcome> RunConnectionAsync(IGatewaySocket socket, bool resume, CancellationToken cancellationToken)
    {
        var hello = await socket.ReceiveAsync(cancellationToken).ConfigureAwait(false);
        if (hello.IsClose)
        {
            return Closed(hello);
        }

        if (GatewayPayload.TryParse(hello.Text!) is not { Op: GatewayOpCode.Hello } helloPayload
            || !helloPayload.Data.TryGetProperty("heartbeat_interval", out var intervalElement) || !intervalElement.TryGetDouble(out var intervalMs) || intervalMs <= 0)
        {
            await socket.CloseAsync(4000, "expected Hello").ConfigureAwait(false);
            return new Outcome(CloseAction.Resume, null, "the gateway did not start with Hello");
        }

        // Not linked to the stop: cancelling a pending receive or send aborts the socket, and a stop first sends its close frame.
        using var connection = new CancellationTokenSource();
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = cancellationToken.Register(() => stop.TrySetResult());
        var stopped = stop.Task;
        var heartbeat = new HeartbeatLoop(TimeSpan.FromMilliseconds(intervalMs), _random(), _time,
            token => socket.SendAsync(GatewayPayload.Serialize(GatewayOpCode.Heartbeat, Sequence), token));
        var heartbeats = heartbeat.RunAsync(connection.Token);
        try
        {
            if (resume)
            {
                SetState(GatewayState.Resuming);
                await socket.SendAsync(GatewayPayload.Serialize(GatewayOpCode.Resume, new ResumeData(_settings.Token, SessionId!, Sequence)), connection.Token).ConfigureAwait(false);
            }
            else
            {
                SetState(GatewayState.Identifying);
                await _identify.WaitAsync(ShardId, cancellationToken).ConfigureAwait(false);
                await socket.SendAsync(GatewayPayload.Serialize(GatewayOpCode.Identify, Identify()), connection.Token).ConfigureAwait(false);
            }

            while (true)
            {
                var receive = socket.ReceiveAsync(connection.Token);
                var first = await Task.WhenAny(receive, heartbeats, stopped).ConfigureAwait(false);
                if (first == stopped)
                {
                    await CloseOnStopAsync(socket).ConfigureAwait(false);
                    _ = receive.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted); // ended by the close
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (first == heartbeats)
                {
                    await socket.CloseAsync(4000, "heartbeat not acknowledged").ConfigureAwait(false);
                    return heartbeats.IsFaulted
                        ? new Outcome(CloseAction.Resume, null, $"a heartbeat could not be sent ({heartbeats.Exception?.InnerException?.Message})")
                        : new Outcome(CloseAction.Resume, null, "no heartbeat ACK since the last heartbeat (zombied connection)");
                }

                var frame = await receive.ConfigureAwait(false);
                if (frame.IsClose)
                {
                    return Closed(frame);
                }

                if (GatewayPayload.TryParse(frame.Text!) is not { } payload)
                {
                    _logger.LogWarning("Discord shard {Shard}: skipped a malformed gateway payload", ShardId);
                    continue;
                }

                if (await HandleAsync(socket, payload, heartbeat, connection.Token).ConfigureAwait(false) is { } outcome)
                {
                    return outcome;
                }
            }
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            try
            {
                await heartbeats.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped with the connection.
            }
            catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or IOException)
            {
                // The heartbeat's send failed because the connection is gone; the receive side reports that.
            }
        }
    }

    private async Task<Outcome?> HandleAsync(IGatewaySocket socket, GatewayPayload payload, HeartbeatLoop heartbeat, CancellationToken cancellationToken)
    {
        switch (payload.Op)
        {
            case GatewayOpCode.Dispatch:
                if (payload.Sequence is { } sequence)
                {
                    lock (_lock)
                    {
                        Sequence = sequence;
                    }
                }

                OnDispatchEvent(payload);
                return null;
            case GatewayOpCode.Heartbeat:
                await heartbeat.BeatNowAsync(cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                heartbeat.Acknowledge();
                return null;
            case GatewayOpCode.Reconnect:
                await socket.CloseAsync(4000, "reconnect requested").ConfigureAwait(false);
                return new Outcome(CloseAction.Resume, null, "the gateway asked to reconnect (op 7)");
            case GatewayOpCode.InvalidSession:
                var resumable = payload.Data.ValueKind == JsonValueKind.True;
                await socket.CloseAsync(4000, "invalid session").ConfigureAwait(false);

                // A short random pause before starting over, so many shards refused together do not return together.
                var pause = TimeSpan.FromSeconds(1 + (4 * _random()));
                return new Outcome(resumable ? CloseAction.Resume : CloseAction.Reidentify, null,
                    $"invalid session (op 9, {(resumable ? "resumable" : "not resumable")})", pause);
            default:
                return null;
        }
    }

    private void OnDispatchEvent(GatewayPayload payload)
    {
        var name = payload.EventName ?? "";
        if (name == "READY")
        {
            lock (_lock)
            {
                SessionId = Text(payload.Data, "session_id");
                ResumeGatewayUrl = Text(payload.Data, "resume_gateway_url");
            }

            BotUserId = payload.Data.TryGetProperty("user", out var user) ? Text(user, "id") : null;
            SetState(GatewayState.Ready);
            _logger.LogInformation("Discord shard {Shard} ready", ShardId);
        }
        else if (name == "RESUMED")
        {
            SetState(GatewayState.Ready);
        }

        if (OnDispatch is { } handler)
        {
            var dispatch = new GatewayDispatch(name, payload.Data, ShardId);
            lock (_lock)
            {
                var unhandled = _unhandled;
                if (payload.Sequence is { } sequence)
                {
                    unhandled.Add(sequence);
                }

                _handlers.RemoveAll(t => t.IsCompleted);
                _handlers.Add(Task.Run(() => HandleDispatchAsync(handler, dispatch, payload.Sequence, unhandled)));
            }
        }
    }

    private async Task HandleDispatchAsync(Func<GatewayDispatch, CancellationToken, Task> handler, GatewayDispatch dispatch, int? sequence, SortedSet<int> unhandled)
    {
        try
        {
            await handler(dispatch, CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Cut short (by a stop, or a timeout): left unhandled, so a resumed session replays it.
            _logger.LogWarning("Discord shard {Shard}: handling {Event} was cut short", ShardId, dispatch.EventName);
            return;
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Discord shard {Shard}: handling {Event} failed", ShardId, dispatch.EventName);
        }

        if (sequence is { } handled)
        {
            lock (_lock)
            {
                unhandled.Remove(handled);
            }
        }
    }

    private IdentifyData Identify() => new(
        _settings.Token,
        new IdentifyProperties(OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux", "BriefingBot", "BriefingBot"),
        (int)_settings.Intents,
        [_settings.ShardId, _settings.ShardCount]);

    private static Outcome Closed(GatewayFrame frame)
    {
        var action = GatewayCloseCodes.ActionFor(frame.CloseCode);
        var reason = frame.CloseCode is { } code ? $"the gateway closed the connection ({code} {frame.CloseReason})".TrimEnd() : "the connection dropped";
        return new Outcome(action, frame.CloseCode, reason);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void SetState(GatewayState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke(state);
        }
    }

    private sealed record Outcome(CloseAction Action, int? CloseCode, string Reason, TimeSpan? Delay = null);
}
