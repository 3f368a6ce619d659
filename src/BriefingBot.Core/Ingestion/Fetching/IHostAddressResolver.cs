using System.Net;

namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>Turns a host name into the addresses it names; the fetcher checks each before connecting.</summary>
public interface IHostAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
