using BriefingBot.Chat.Adapters;
using BriefingBot.Chat.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Hosting.Serving;

/// <summary>Registers what keeps `serve`'s adapters apart: the configured adapters, the shared adapter health with each of them starting, and the supervisor.</summary>
public static class ServingServiceCollectionExtensions
{
    public static IServiceCollection AddAdapterSupervision(this IServiceCollection services, IReadOnlyList<IChatAdapter> adapters)
    {
        foreach (var adapter in adapters)
        {
            services.AddSingleton(adapter);
        }

        services.AddSingleton(sp =>
        {
            // Known from the start, so readiness waits for every configured adapter, even one whose service has not run yet.
            var health = new AdapterHealth(sp.GetRequiredService<TimeProvider>());
            foreach (var adapter in adapters)
            {
                health.Starting(adapter.Name);
            }

            return health;
        });
        services.AddSingleton<AdapterSupervisor>();

        // An adapter that crashes is the supervisor's to report; it must not stop the host and with it the other adapters.
        services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        return services;
    }
}
