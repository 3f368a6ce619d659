using System.Net;
using System.Net.Sockets;
using BriefingBot.Chat.Web;

namespace BriefingBot.Hosting.Serving;

/// <summary>
/// Checks that a listener's port is free before anything starts, so a taken port ends `serve` with one line naming the
/// setting rather than a failed start in the log.
/// </summary>
public static class ListenerPort
{
    /// <summary>Throws <see cref="ListenerPortException"/> (from <paramref name="taken"/>) when something already listens on the endpoint.</summary>
    public static void EnsureFree(IPEndPoint endpoint, Func<ListenerPortException> taken)
    {
        if (endpoint.Port == 0)
        {
            return; // any free port will do
        }

        using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endpoint);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            throw taken();
        }
        catch (SocketException)
        {
            // Any other problem (an address not on this machine) is the listener's to report when it binds.
        }
    }

    /// <summary>The endpoint a Kestrel listen URL ("http://0.0.0.0:8443", "http://*:80", "http://localhost:8090/") binds; null for a host name.</summary>
    public static IPEndPoint? FromUrl(string url) => Chat.Web.ListenUrl.EndPoint(url);
}
