using BriefingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Control;

/// <summary>Registers the control listener, so other processes can run commands on the store while the bot holds it.</summary>
public static class ControlServiceCollectionExtensions
{
    public static IServiceCollection AddControlListener(this IServiceCollection services, LaunchEnvironment environment)
    {
        services.TryAddSingleton(sp => new ControlListener(sp, environment, sp.GetRequiredService<ILogger<ControlListener>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ControlListener>());
        return services;
    }
}
