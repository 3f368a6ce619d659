namespace BriefingBot.Discord.Gateway;

/// <summary>Identify's data (developers/events/gateway-events: identify structure).</summary>
public sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, int[] Shard)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A JSON field: the serializer writes instance properties.")]
    public bool Compress => false;
}
