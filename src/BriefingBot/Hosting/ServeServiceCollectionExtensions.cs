using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Hosting;

/// <summary>Registers the stop behaviour of `serve`: the shutdown bound on the host.</summary>
public static class ServeServiceCollectionExtensions
{
    public static IServiceCollection AddServeShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ServeOptions>()
            .Bind(configuration.GetSection(ServeOptions.Section))
            .Validate(o => o.ShutdownTimeout > TimeSpan.Zero && o.ShutdownTimeout <= TimeSpan.FromMinutes(10),
                $"{ServeOptions.Section}:ShutdownTimeout must be between 00:00:00.001 and 00:10:00 (e.g. 00:00:10).")
            .ValidateOnStart();
        services.AddOptions<HostOptions>()
            .Configure<IOptions<ServeOptions>>((host, serve) => host.ShutdownTimeout = serve.Value.ShutdownTimeout);
        return services;
    }
}
