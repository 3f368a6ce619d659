namespace BriefingBot.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection: the first after <c>interval × jitter</c>, then every interval. A heartbeat sent
/// while the previous one is still unacknowledged means the connection is a zombie: <see cref="RunAsync"/> returns
/// so the gateway can drop it and resume.
/// </summary>
public sealed class HeartbeatLoop(TimeSpan interval, double jitter, TimeProvider time, Func<CancellationToken, Task> sendHeartbeat)
{
    private int _acknowledged = 1;

    public TimeSpan Interval => interval;

    /// <summary>When the first heartbeat goes out after Hello.</summary>
    public TimeSpan FirstDelay => interval * Math.Clamp(jitter, 0, 1);

    public DateTimeOffset? LastSent { get; private set; }

    public DateTimeOffset? LastAcknowledged { get; private set; }

    /// <summary>Opcode 11 arrived.</summary>
    public void Acknowledge()
    {
        LastAcknowledged = time.GetUtcNow();
        Volatile.Write(ref _acknowledged, 1);
    }

    /// <summary>Opcode 1 from the gateway: send one now (it does not change the schedule).</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => sendHeartbeat(cancellationToken);

    /// <summary>Runs until cancelled (then throws) or until an ACK is missed (then returns).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(FirstDelay, time, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
            {
                return;
            }

            // The next beat is timed from this one, not from when the send finished.
            var next = Task.Delay(interval, time, cancellationToken);
            LastSent = time.GetUtcNow();
            await sendHeartbeat(cancellationToken).ConfigureAwait(false);
            await next.ConfigureAwait(false);
        }
    }
}
