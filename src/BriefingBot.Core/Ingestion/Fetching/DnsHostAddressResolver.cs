using System.Net;

namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>Resolves host names through the system resolver.</summary>
public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
