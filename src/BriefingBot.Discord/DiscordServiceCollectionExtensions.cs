using BriefingBot.Chat;
using BriefingBot.Chat.Health;
using BriefingBot.Chat.Web;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Moderation;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>Registers the Discord adapter: options (validated at start), the REST client with its rate limiter, handlers and the hosted service.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Whether a Discord bot token is set (BRIEFINGBOT__DISCORD__TOKEN or its _FILE variant).</summary>
    public static bool IsDiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:Token"]);

    /// <summary>
    /// Adds the Discord adapter on top of the engine (<c>AddBriefingCore</c>); adds the chat command layer too when it is
    /// not registered yet. Settings come from "BriefingBot:Discord".
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.Any(d => d.ServiceType == typeof(ChatDispatcher)))
        {
            services.AddBriefingChat(configuration);
        }

        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<DiscordOptions>>().Value);
        services.TryAddSingleton(GatewayConnector.Default);
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<AdapterHealth>();
        services.TryAddSingleton<DiscordAdapterStatus>();
        services.TryAddSingleton<GatewaySessionStore>();
        services.TryAddSingleton(sp =>
        {
            var limiter = new RestRateLimiter(sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<RestRateLimiter>>())
            {
                InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
            };
            limiter.Waiting += sp.GetRequiredService<DiscordMetrics>().Waited;
            return limiter;
        });
        services.TryAddSingleton<IDiscordRestApi>(sp =>
        {
            var options = sp.GetRequiredService<DiscordOptions>();
            var http = new HttpClient(sp.GetRequiredService<RestRateLimiter>(), disposeHandler: false)
            {
                BaseAddress = DiscordRestClient.NormalizeBase(options.RestBaseUrl),
                Timeout = TimeSpan.FromSeconds(30),
            };
            return new DiscordRestClient(http, options.Token);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DiscordOptions>();
            return new DiscordModerators(options.ModeratorIds(), options.ModeratorRoleIds());
        });
        // Attachments are fetched from Discord's CDN with a client of their own: no bot token, no rate limiter.
        services.TryAddSingleton(_ => new DiscordAttachments(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.TryAddSingleton<InteractionRequests>();
        services.TryAddSingleton<DiscordReplyRenderer>();
        services.TryAddSingleton<DiscordInteractionHandler>();
        services.TryAddSingleton<DiscordMentionHandler>();
        services.TryAddSingleton(sp => new DiscordEventRouter(
            sp.GetRequiredService<DiscordInteractionHandler>(), sp.GetRequiredService<DiscordMentionHandler>(), sp.GetRequiredService<IDiscordRestApi>(),
            sp.GetService<ILogger<DiscordEventRouter>>())
        {
            AnswerMentions = sp.GetRequiredService<DiscordOptions>().AnswerMentions,
        });
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DiscordOptions>();
            return new InteractionSignatureVerifier(options.PublicKey, sp.GetRequiredService<TimeProvider>(), options.SignatureMaxAge);
        });
        services.TryAddSingleton<HttpInteractionEndpoint>();
        services.AddWebEndpoints<DiscordHttpEndpoints>();
        services.TryAddSingleton<DiscordAdapterService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordAdapterService>());
        return services;
    }
}
