using System.Text.Json.Serialization;

namespace BriefingBot.Hosting.Health;

/// <summary>The readiness answer: ready or not, and each component's state ("store", "index", then each adapter by name).</summary>
public sealed record ReadinessReport(bool Ready, IReadOnlyDictionary<string, ComponentHealth> Components)
{
    [JsonPropertyOrder(-1)]
    public string Status => Ready ? "ready" : "not ready";
}
