using System.Net;
using BriefingBot.Chat.Web;
using BriefingBot.Discord.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Interactions;

/// <summary>HTTP interactions mode: the interactions endpoint on HttpListenUrl, on the shared web host; nothing listens in gateway mode.</summary>
public sealed class DiscordHttpEndpoints(DiscordOptions options, IServiceProvider services) : IWebEndpoints
{
    public string Name => InteractionRequests.Platform;

    public ListenerPortException PortTaken(int port) =>
        ListenerPortException.ForUrl($"{DiscordOptions.Section}:{nameof(DiscordOptions.HttpListenUrl)}", port);

    public IPEndPoint? EndPoint => options.Mode == DiscordMode.Http ? ListenUrl.EndPoint(options.HttpListenUrl) : null;

    // The endpoint is made only when it listens: it needs the public key, which gateway mode does not.
    public void Map(IEndpointRouteBuilder routes) => routes.MapPost(options.HttpPath, services.GetRequiredService<HttpInteractionEndpoint>().HandleAsync);
}
