using BriefingBot.Core;
using BriefingBot.Core.Ingestion.Fetching;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Hosting;

/// <summary>Builds the host every command runs in: configuration (config/appsettings.json, BRIEFINGBOT__ variables), logging and services.</summary>
public static class BriefingHostBuilder
{
    public static HostApplicationBuilder Create(string? storePath) => Create(storePath, LaunchEnvironment.FromProcess());

    /// <exception cref="SettingsException">A BRIEFINGBOT__…_FILE variable names no readable file.</exception>
    public static HostApplicationBuilder Create(string? storePath, LaunchEnvironment environment)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "config", "appsettings.json"), optional: true)
            .AddVariables(environment)
            .AddInMemoryCollection(SecretFiles.Read(environment.Variables));
        if (storePath is not null)
        {
            builder.Configuration.AddInMemoryCollection([new($"{LibraryOptions.Section}:StorePath", storePath)]);
        }

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        environment.ConfigureLogging?.Invoke(builder.Logging);

        // Telegram.Bot puts the bot token in every request URL, and the HttpClient factory's handlers log request URLs:
        // no HttpClient made by the factory logs, whatever the log levels say.
        builder.Services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers());
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddArticleFetching(builder.Configuration);
        return builder;
    }

    // The same mapping as the environment variables provider (SECTION__KEY is SECTION:KEY), over the given variables.
    private static IConfigurationBuilder AddVariables(this IConfigurationBuilder configuration, LaunchEnvironment environment) =>
        configuration.AddInMemoryCollection(environment.Variables.Select(v =>
            new KeyValuePair<string, string?>(v.Key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), v.Value)));
}
