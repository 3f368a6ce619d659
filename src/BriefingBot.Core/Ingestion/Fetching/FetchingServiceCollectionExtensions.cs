using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>Registers the guarded fetcher that links moderators send go through.</summary>
public static class FetchingServiceCollectionExtensions
{
    public static IServiceCollection AddArticleFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.Section))
            .Validate(o => o.MaxBytes > 0, $"{FetchOptions.Section}:MaxBytes must be positive.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromMinutes(5), $"{FetchOptions.Section}:Timeout must be between 0 and 5 minutes.")
            .Validate(o => o.MaxRedirects is >= 0 and <= 20, $"{FetchOptions.Section}:MaxRedirects must be between 0 and 20.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.TryAddSingleton<IArticleFetcher, GuardedArticleFetcher>();
        return services;
    }
}
