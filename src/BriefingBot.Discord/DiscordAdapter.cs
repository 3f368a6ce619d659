using BriefingBot.Chat.Adapters;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Interactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord;

/// <summary>Discord as a chat adapter: on when a bot token is set; in HTTP interactions mode it listens for Discord's POSTs.</summary>
public sealed class DiscordAdapter : IChatAdapter
{
    public string Name => InteractionRequests.Platform;

    public string HowToConfigure => "BRIEFINGBOT__DISCORD__TOKEN and BRIEFINGBOT__DISCORD__APPLICATIONID for Discord";

    public Type ServiceType => typeof(DiscordAdapterService);

    public bool IsConfigured(IConfiguration configuration) => DiscordServiceCollectionExtensions.IsDiscordConfigured(configuration);

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDiscordAdapter(configuration);

    public IReadOnlyList<AdapterListener> Listeners(IServiceProvider services) =>
        services.GetRequiredService<DiscordOptions>() is { Mode: DiscordMode.Http } options
            ? [new AdapterListener($"{DiscordOptions.Section}:{nameof(DiscordOptions.HttpListenUrl)}", options.HttpListenUrl)]
            : [];
}
