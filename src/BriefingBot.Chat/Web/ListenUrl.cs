using System.Net;

namespace BriefingBot.Chat.Web;

/// <summary>Reads the address a Kestrel listen URL ("http://0.0.0.0:8443", "http://*:80", "http://localhost:8090/") binds.</summary>
public static class ListenUrl
{
    /// <summary>The endpoint, or null for a host name other than localhost or a malformed URL.</summary>
    public static IPEndPoint? EndPoint(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var authority = url[(start + 3)..].Split('/')[0];
        var colon = authority.LastIndexOf(':');
        var (host, port) = colon > authority.LastIndexOf(']') && int.TryParse(authority[(colon + 1)..], out var p)
            ? (authority[..colon], p)
            : (authority, url.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 443 : 80);
        host = host.Trim('[', ']');
        IPAddress? address = host switch
        {
            "*" or "+" => IPAddress.Any,
            _ when string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) => IPAddress.Loopback,
            _ => IPAddress.TryParse(host, out var parsed) ? parsed : null,
        };
        return address is null || port is < 0 or > 65535 ? null : new IPEndPoint(address, port);
    }
}
