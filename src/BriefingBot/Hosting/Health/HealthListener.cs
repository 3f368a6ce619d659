using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Hosting.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace BriefingBot.Hosting.Health;

/// <summary>
/// The optional HTTP listener of `serve` (off unless BriefingBot:Health:Enabled): GET /healthz/live (200 while the process
/// runs), GET /healthz/ready (200 or 503, JSON naming each component's state) and GET /metrics (Prometheus text format).
/// </summary>
public sealed class HealthListener(IOptions<HealthOptions> options, ReadinessCheck readiness, MetricsExporter metrics, ILogger<HealthListener> logger)
    : IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var endpoint = settings.EndPoint()!;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        var app = builder.Build();
        app.MapGet("/healthz/live", () => Results.Text("live\n"));
        app.MapGet("/healthz/ready", () =>
        {
            var report = readiness.Report();
            return Results.Json(report, Json, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapMetrics("/metrics", metrics.Registry);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw ListenerPortException.Health(settings.Port);
        }

        _app = app;
        logger.LogInformation("Health and metrics listening on http://{EndPoint} (/healthz/live, /healthz/ready, /metrics)", endpoint);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }
    }
}
