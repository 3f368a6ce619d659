using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Curation;

/// <summary>Registers the moderators' desk (previews, corrections, audit log) over the engine.</summary>
public static class CurationServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCuration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CurationOptions>()
            .Bind(configuration.GetSection(CurationOptions.Section))
            .Validate(o => o.PreviewLifetime > TimeSpan.Zero, $"{CurationOptions.Section}:PreviewLifetime must be positive (e.g. 1.00:00:00).")
            .ValidateOnStart();
        services.TryAddSingleton<CurationDesk>();
        return services;
    }
}
