using BriefingBot.Chat.Health;
using BriefingBot.Chat.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Hosting.Health;

/// <summary>Registers the health and metrics endpoints on the shared web host (section "BriefingBot:Health", validated at start; they listen only when enabled).</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AdapterHealth>();
        services.TryAddSingleton<ReadinessCheck>();
        services.TryAddSingleton<MetricsExporter>();
        services.AddWebEndpoints<HealthEndpoints>();
        return services;
    }
}
