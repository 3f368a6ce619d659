using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Chat.Web;

/// <summary>Registers the process's one web server (once, however many parts call this) and a part's endpoints on it.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="T"/>'s endpoints to the shared web host. Call it before registering the hosted service that
    /// uses them: the host then starts listening before that service starts, and stops after it.
    /// </summary>
    public static IServiceCollection AddWebEndpoints<T>(this IServiceCollection services)
        where T : class, IWebEndpoints
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWebEndpoints, T>());
        if (!services.Any(d => d.ServiceType == typeof(SharedWebHost)))
        {
            services.AddSingleton<SharedWebHost>();
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SharedWebHost>());
        }

        return services;
    }
}
