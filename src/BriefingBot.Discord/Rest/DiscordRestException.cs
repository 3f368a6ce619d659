using System.Net;

namespace BriefingBot.Discord.Rest;

/// <summary>Discord refused a REST call: the status, the route, and Discord's JSON error (code and message) when it sent one.</summary>
public sealed class DiscordRestException(HttpStatusCode status, string route, string? body)
    : Exception($"Discord answered {(int)status} {status} to {route}{(string.IsNullOrWhiteSpace(body) ? "" : ": " + Shorten(body))}")
{
    public HttpStatusCode Status { get; } = status;

    public string Route { get; } = route;

    public string? Body { get; } = body;

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
