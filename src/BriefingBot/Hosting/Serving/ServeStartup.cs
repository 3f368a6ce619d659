using BriefingBot.Chat;
using BriefingBot.Chat.Adapters;
using BriefingBot.Chat.State;
using BriefingBot.Chat.Web;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Hosting.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Hosting.Serving;

/// <summary>What `serve` makes sure of before the host starts, so that each of these problems is one clear line and exit code 1.</summary>
public static class ServeStartup
{
    /// <summary>
    /// Opens the store (loading its index) and the chat state, and checks that no listener's port is taken, so each of
    /// these fails as one clear line before the host starts. Returns the supervisor, watching from now on.
    /// </summary>
    public static AdapterSupervisor Prepare(IServiceProvider services)
    {
        services.GetRequiredService<ReadinessCheck>().LibraryOpened(services.GetRequiredService<BriefingLibrary>());
        OpenChatState(services);
        var health = services.GetRequiredService<IOptions<HealthOptions>>().Value;
        if (health.Enabled)
        {
            ListenerPort.EnsureFree(health.EndPoint()!, () => ListenerPortException.Health(health.Port));
        }

        foreach (var listener in services.GetServices<IChatAdapter>().SelectMany(a => a.Listeners(services)))
        {
            EnsureFree(listener.Url, listener.Setting);
        }

        return services.GetRequiredService<AdapterSupervisor>();
    }

    private static void OpenChatState(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<ChatStateStore>();
        }
        catch (LiteDB.LiteException e)
        {
            throw new StoreException($"{ChatOptions.Section}:StatePath {services.GetRequiredService<ChatOptions>().StatePath} cannot be opened ({e.Message}); set BRIEFINGBOT__CHAT__STATEPATH", e);
        }
    }

    private static void EnsureFree(string url, string setting)
    {
        if (ListenerPort.FromUrl(url) is { } endpoint)
        {
            ListenerPort.EnsureFree(endpoint, () => ListenerPortException.ForUrl(setting, endpoint.Port));
        }
    }
}
