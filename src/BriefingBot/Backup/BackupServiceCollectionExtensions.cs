using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Backup;

/// <summary>Registers the backup listener, so a running bot can be backed up from another process.</summary>
public static class BackupServiceCollectionExtensions
{
    public static IServiceCollection AddBackupListener(this IServiceCollection services)
    {
        services.TryAddSingleton<BackupListener>();
        services.AddHostedService(sp => sp.GetRequiredService<BackupListener>());
        return services;
    }
}
