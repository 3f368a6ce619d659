using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Chat.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Prometheus;

namespace BriefingBot.Hosting.Health;

/// <summary>
/// The optional health endpoints of `serve` (off unless BriefingBot:Health:Enabled), on their own address of the shared
/// web host: GET /healthz/live (200 while the process runs), GET /healthz/ready (200 or 503, JSON naming each
/// component's state) and GET /metrics (Prometheus text format).
/// </summary>
public sealed class HealthEndpoints(IOptions<HealthOptions> options, ReadinessCheck readiness, MetricsExporter metrics) : IWebEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public string Name => "health";

    public ListenerPortException PortTaken(int port) => ListenerPortException.Health(port);

    public IPEndPoint? EndPoint => options.Value.Enabled ? options.Value.EndPoint() : null;

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz/live", () => Results.Text("live\n"));
        routes.MapGet("/healthz/ready", () =>
        {
            var report = readiness.Report();
            return Results.Json(report, Json, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        routes.MapMetrics("/metrics", metrics.Registry);
    }
}
