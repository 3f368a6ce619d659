using System.Net;
using Microsoft.AspNetCore.Routing;

namespace BriefingBot.Chat.Web;

/// <summary>
/// HTTP endpoints one part of the process serves (health, a webhook, an interactions endpoint) on the process's one web
/// host, at the address its settings name; each part's routes answer only on its own address.
/// </summary>
public interface IWebEndpoints
{
    /// <summary>"health", "telegram", "discord": in the log, and to ask <see cref="SharedWebHost.AddressOf"/>.</summary>
    string Name { get; }

    /// <summary>The error when the address is taken: one line naming the setting and the variable to change it with.</summary>
    ListenerPortException PortTaken(int port);

    /// <summary>Where to listen; null when this part does not listen with the current settings.</summary>
    IPEndPoint? EndPoint { get; }

    void Map(IEndpointRouteBuilder routes);
}
