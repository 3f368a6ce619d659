using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Interactions;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>A host with the Discord adapter registered by AddDiscordAdapter, over the chat test bed and the fake Discord.</summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    public const string Token = FakeDiscord.BotToken;

    private readonly IReadOnlyDictionary<string, string?> _values;
    private bool _started;

    private AdapterHarness(FakeDiscord fake, ChatTestBed bed, IReadOnlyDictionary<string, string?> values)
    {
        Fake = fake;
        Bed = bed;
        _values = values;
        Host = Build();
    }

    public FakeDiscord Fake { get; }

    public IHost Host { get; private set; }

    public ChatTestBed Bed { get; }

    public FakeTimeProvider Time => Bed.Time;

    public DiscordAdapterService Adapter => Host.Services.GetRequiredService<DiscordAdapterService>();

    public DiscordAdapterStatus Status => Host.Services.GetRequiredService<DiscordAdapterStatus>();

    /// <summary>Builds (not starts) a host; <paramref name="settings"/> are "BriefingBot:Discord:KEY" values over working defaults.</summary>
    public static async Task<AdapterHarness> CreateAsync(IDictionary<string, string?> settings)
    {
        var fake = await FakeDiscord.StartAsync();
        var bed = new ChatTestBed().WithPeskovArticles();
        var values = new Dictionary<string, string?>
        {
            ["BriefingBot:Discord:Token"] = Token,
            ["BriefingBot:Discord:ApplicationId"] = InteractionPayloads.ApplicationId,
            ["BriefingBot:Discord:RestBaseUrl"] = fake.RestBaseUrl,
            ["BriefingBot:Discord:HttpListenUrl"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings)
        {
            values["BriefingBot:Discord:" + key] = value;
        }

        return new AdapterHarness(fake, bed, values);
    }

    /// <summary>Stops the host (within <paramref name="shutdownBound"/>), reopens the chat state as a new process would, and starts a new host on the same fake Discord.</summary>
    public async Task RestartAsync(TimeSpan shutdownBound)
    {
        await Host.StopAsync(shutdownBound);
        Host.Dispose();
        Bed.Restart();
        Host = Build();
        await StartHostAsync();
    }

    private IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_values);
        builder.Services.AddSingleton<TimeProvider>(Bed.Time);
        builder.Services.AddSingleton(Bed.Dispatcher);
        builder.Services.AddSingleton(Bed.State);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Starts the host (the adapter runs in the background).</summary>
    public async Task StartHostAsync()
    {
        await Host.StartAsync();
        _started = true;
    }

    /// <summary>Starts the host and waits until the adapter serves.</summary>
    public async Task StartAsync()
    {
        await StartHostAsync();
        await Adapter.Started.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Starts the host and walks the first gateway connection through Hello, Identify and READY; returns it once the adapter serves.</summary>
    public async Task<FakeGatewayConnection> StartConnectedAsync()
    {
        await StartHostAsync();
        var connection = await Fake.NextConnectionAsync();
        await connection.SendHelloAsync();
        await connection.ReceiveOpAsync(2);
        await connection.SendReadyAsync("s", Fake.ResumeUrl);
        await Adapter.Started.WaitAsync(TimeSpan.FromSeconds(10));
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Host.StopAsync(TimeSpan.FromSeconds(5));
        }

        Host.Dispose();
        await Fake.DisposeAsync();
        Bed.Dispose();
    }
}
