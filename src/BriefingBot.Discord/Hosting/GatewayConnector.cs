using BriefingBot.Discord.Gateway;

namespace BriefingBot.Discord.Hosting;

/// <summary>How gateway connections are made and jittered: real WebSockets and a shared random source by default.</summary>
public sealed record GatewayConnector(Func<IGatewaySocket> Sockets, Func<double> Random)
{
    public static GatewayConnector Default { get; } = new(() => new WebSocketGatewaySocket(), System.Random.Shared.NextDouble);
}
