using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Testing.Network;

/// <summary>Ports on 127.0.0.1: one free right now (for settings that need a number), or one held taken for as long as the test needs.</summary>
public static class FreePort
{
    /// <summary>A port nothing listens on at the moment of asking.</summary>
    public static int Next()
    {
        using var listener = Taken();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A listener holding a port until disposed, for checking what happens when a port is in use.</summary>
    public static TcpListener Taken()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }
}
