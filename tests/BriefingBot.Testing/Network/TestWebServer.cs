using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing.Network;

/// <summary>
/// A small web server on 127.0.0.1 (Kestrel, a free port) that answers the paths a test gives it and counts every request,
/// so a test can say a link was fetched, or that nothing was.
/// </summary>
public sealed class TestWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private TestWebServer(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:PORT, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The paths requested so far, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Starts a server answering each path in <paramref name="routes"/> with its handler; any other path is 404.</summary>
    public static async Task<TestWebServer> StartAsync(IReadOnlyDictionary<string, RequestDelegate> routes, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TestWebServer(app);
        app.Run(context =>
        {
            server._requests.Enqueue(context.Request.Path.Value ?? "");
            if (routes.TryGetValue(context.Request.Path.Value ?? "", out var handler))
            {
                return handler(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        server.BaseUrl = app.Urls.First().TrimEnd('/');
        return server;
    }

    /// <summary>A handler that answers 200 with <paramref name="body"/> as <paramref name="contentType"/>.</summary>
    public static RequestDelegate Serve(string contentType, string body) => context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, context.RequestAborted);
    };

    /// <summary>A handler that answers 200 with the bytes as <paramref name="contentType"/>.</summary>
    public static RequestDelegate Serve(string contentType, byte[] body) => context =>
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    };

    /// <summary>A handler that redirects (302) to <paramref name="location"/>.</summary>
    public static RequestDelegate RedirectTo(string location) => context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    };

    /// <summary>A handler that never answers until the client gives up.</summary>
    public static RequestDelegate Stall() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
