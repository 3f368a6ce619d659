using System.Net;

namespace BriefingBot.Hosting.Health;

/// <summary>The health and metrics listener of `serve` (section "BriefingBot:Health"; BRIEFINGBOT__HEALTH__ENABLED, __PORT, __ADDRESS).</summary>
public sealed class HealthOptions
{
    public const string Section = "BriefingBot:Health";

    /// <summary>Serve /healthz/live, /healthz/ready and /metrics. Off by default.</summary>
    public bool Enabled { get; set; }

    public int Port { get; set; } = 8080;

    /// <summary>The address to listen on: 127.0.0.1 by default; 0.0.0.0 inside a container so the orchestrator can reach it.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>Where to bind: <see cref="Address"/> (an IP address, or "localhost" for 127.0.0.1) and <see cref="Port"/>; null when the address is neither.</summary>
    public IPEndPoint? EndPoint()
    {
        if (string.Equals(Address, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, Port);
        }

        return IPAddress.TryParse(Address, out var address) ? new IPEndPoint(address, Port) : null;
    }
}
