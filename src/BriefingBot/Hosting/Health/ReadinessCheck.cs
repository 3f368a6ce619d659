using System.Text.Json.Serialization;
using BriefingBot.Chat.Health;
using BriefingBot.Core.Library;

namespace BriefingBot.Hosting.Health;

/// <summary>One part of the readiness answer: its state, and where it helps, why, since when, and how much it holds.</summary>
public sealed record ComponentHealth(string State, string? Reason = null, DateTimeOffset? Since = null, int? Quotes = null);

/// <summary>The readiness answer: ready or not, and each component's state ("store", "index", then each adapter by name).</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyDictionary<string, ComponentHealth> Components)
{
    [JsonPropertyOrder(-1)]
    public string Status => Ready ? "ready" : "not ready";
}

/// <summary>Whether `serve` can answer: the store is open, its search index loaded, and every configured chat adapter connected.</summary>
public sealed class ReadinessCheck(AdapterHealth adapters)
{
    private volatile BriefingLibrary? _library;

    /// <summary>The library opened (opening loads the index): from now on the store and index count as ready.</summary>
    public void LibraryOpened(BriefingLibrary library) => _library = library;

    public ReadinessReport Report()
    {
        var library = _library;
        var components = new Dictionary<string, ComponentHealth>(StringComparer.Ordinal)
        {
            ["store"] = new(library is null ? "not open" : "open"),
            ["index"] = library is null ? new("not loaded") : new("loaded", Quotes: library.Quotes.Count),
        };
        foreach (var adapter in adapters.Adapters)
        {
            components[adapter.Adapter] = new ComponentHealth(StateName(adapter.State), adapter.Reason, adapter.Since);
        }

        return new ReadinessReport(library is not null && adapters.AllConnected, components);
    }

    private static string StateName(AdapterState state) => state switch
    {
        AdapterState.Starting => "starting",
        AdapterState.Connected => "connected",
        AdapterState.Reconnecting => "reconnecting",
        AdapterState.Failed => "failed",
        _ => "stopped",
    };
}
