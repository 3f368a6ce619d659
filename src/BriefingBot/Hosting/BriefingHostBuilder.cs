using BriefingBot.Core;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Hosting;

/// <summary>Builds the host every command runs in: configuration (config/appsettings.json, BRIEFINGBOT__ variables), logging and services.</summary>
public static class BriefingHostBuilder
{
    public static HostApplicationBuilder Create(string? storePath)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "config", "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddKeyPerFileSecrets();
        if (storePath is not null)
        {
            builder.Configuration.AddInMemoryCollection([new($"{LibraryOptions.Section}:StorePath", storePath)]);
        }

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Services.AddBriefingCore(builder.Configuration);
        return builder;
    }

    // BRIEFINGBOT__SECTION__KEY_FILE=/run/secrets/x reads the value from that file (Docker secrets).
    private static IConfigurationBuilder AddKeyPerFileSecrets(this IConfigurationBuilder configuration)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            var name = (string)variable.Key;
            if (!name.StartsWith("BRIEFINGBOT__", StringComparison.Ordinal) || !name.EndsWith("_FILE", StringComparison.Ordinal))
            {
                continue;
            }

            var key = name["BRIEFINGBOT__".Length..^"_FILE".Length].Replace("__", ":", StringComparison.Ordinal);
            var path = (string?)variable.Value;
            if (!string.IsNullOrEmpty(path) && File.Exists(path))
            {
                pairs.Add(new($"BriefingBot:{key}", File.ReadAllText(path).Trim()));
            }
        }

        return configuration.AddInMemoryCollection(pairs);
    }
}
