using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Chat.Adapters;

/// <summary>
/// One chat platform as `serve` sees it: its name, whether it is configured, its services (with the hosted service that
/// runs it) and the HTTP listeners it needs. The host loops over the registered adapters for wiring, start-up checks,
/// supervision and readiness; adapters report their state in the shared <see cref="Health.AdapterHealth"/> under
/// <see cref="Name"/>. A new platform is its own project, one adapter class, and one line in the host's adapter list.
/// </summary>
public interface IChatAdapter
{
    /// <summary>"telegram": the platform in requests, health, readiness and metrics.</summary>
    string Name { get; }

    /// <summary>How to switch it on, for the message when no adapter is configured ("BRIEFINGBOT__X__TOKEN …").</summary>
    string HowToConfigure { get; }

    /// <summary>The hosted service that runs the adapter: a failure of it is this adapter's failure alone.</summary>
    Type ServiceType { get; }

    /// <summary>True when its credentials are set, so `serve` runs it.</summary>
    bool IsConfigured(IConfiguration configuration);

    /// <summary>Registers the adapter's services and its hosted service (the chat layer is registered already).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>The listeners the adapter will open with these settings (none when it only calls out), checked free before start.</summary>
    IReadOnlyList<AdapterListener> Listeners(IServiceProvider services);
}
