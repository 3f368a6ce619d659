using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Chat.Web;

/// <summary>
/// The process's one web server: every <see cref="IWebEndpoints"/> that listens with the current settings is served by
/// it, each address answering only the routes of the parts that named it (the health port never serves a webhook, the
/// webhook port never serves /metrics). Nothing listens when no part does.
/// </summary>
public sealed class SharedWebHost(IEnumerable<IWebEndpoints> parts, ILogger<SharedWebHost> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The largest request body accepted (Telegram updates and Discord interactions are far smaller).</summary>
    public const int MaxBodyBytes = 1 << 20;

    private const string ListenerItem = "briefingbot.listener";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, ListenOptions> _listeners = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>Completes once the server listens (or at once when nothing listens).</summary>
    public Task Started => _started.Task;

    /// <summary>Where the named part is served (with the port actually bound), once started; null when it does not listen.</summary>
    public IPEndPoint? AddressOf(string name) =>
        _listeners.TryGetValue(name, out var listener) ? listener.IPEndPoint : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var groups = parts.Where(p => p.EndPoint is not null).GroupBy(p => p.EndPoint!).ToList();
        if (groups.Count == 0)
        {
            _started.TrySetResult();
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            foreach (var group in groups)
            {
                var key = group.Key.ToString();
                kestrel.Listen(group.Key, listen =>
                {
                    // Tags each connection with the address it came in on, so only that address's routes answer it.
                    listen.Use(next => connection =>
                    {
                        connection.Items[ListenerItem] = key;
                        return next(connection);
                    });
                    foreach (var part in group)
                    {
                        _listeners[part.Name] = listen;
                    }
                });
            }
        });
        var app = builder.Build();
        foreach (var group in groups)
        {
            var key = group.Key.ToString();
            app.MapWhen(context => Equals(context.Features.Get<IConnectionItemsFeature>()?.Items[ListenerItem], key), branch =>
            {
                branch.UseRouting();
                branch.UseEndpoints(routes =>
                {
                    foreach (var part in group)
                    {
                        part.Map(routes);
                    }
                });
            });
        }

        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            var taken = groups.FirstOrDefault(g => e.Message.Contains(g.Key.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
                        ?? groups[0];
            throw taken.First().PortTaken(taken.Key.Port);
        }

        _app = app;
        _started.TrySetResult();
        foreach (var group in groups)
        {
            logger.LogInformation("Listening on http://{EndPoint} for {Parts}", AddressOf(group.First().Name), string.Join(", ", group.Select(p => p.Name)));
        }
    }

    /// <param name="cancellationToken">Cancelled when the shutdown bound runs out: requests still open are then cut.</param>
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
