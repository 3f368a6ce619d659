using System.Collections.Concurrent;
using System.Net;
using BriefingBot.Core.Ingestion.Fetching;

namespace BriefingBot.Testing.Network;

/// <summary>A resolver that answers every name with the given addresses and remembers the names it was asked.</summary>
public sealed class RecordingResolver(params IPAddress[] addresses) : IHostAddressResolver
{
    private readonly ConcurrentQueue<string> _asked = new();

    public IReadOnlyList<string> Asked => [.. _asked];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _asked.Enqueue(host);
        return Task.FromResult(addresses);
    }
}
