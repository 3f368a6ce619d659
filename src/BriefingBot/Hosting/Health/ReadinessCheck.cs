using BriefingBot.Chat.Health;
using BriefingBot.Core.Library;

namespace BriefingBot.Hosting.Health;

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
