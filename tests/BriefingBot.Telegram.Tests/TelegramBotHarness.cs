using BriefingBot.Chat;
using BriefingBot.Chat.State;
using BriefingBot.Telegram.Sending;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Logging;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Tests;

/// <summary>The real Telegram adapter (real Telegram.Bot client) over the test bed's dispatcher, pointed at the fake Bot API.</summary>
internal sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    public TelegramBotHarness(ChatTestBed bed, FakeTelegramServer server, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            [$"{TelegramOptions.Section}:Token"] = FakeTelegramServer.Token,
            [$"{TelegramOptions.Section}:BaseUrl"] = server.BaseUrl,
            [$"{TelegramOptions.Section}:PollTimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[$"{TelegramOptions.Section}:{key}"] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<TimeProvider>(bed.Time);
        services.AddSingleton<IHostApplicationLifetime>(Lifetime);
        services.AddSingleton(bed.Dispatcher);
        services.AddSingleton(bed.State);
        services.AddTelegramAdapter(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _hosted = _services.GetServices<IHostedService>().ToList();
    }

    public TestLifetime Lifetime { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public OutboundQueue Queue => _services.GetRequiredService<OutboundQueue>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<TelegramBotHarness> StartAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StartAsync(TestContext.Current.CancellationToken);
        }

        return this;
    }

    /// <summary>Stops the adapter as the host does; <paramref name="shutdownBound"/> is the host's shutdown timeout running out.</summary>
    public async Task StopAsync(CancellationToken shutdownBound = default)
    {
        foreach (var service in _hosted)
        {
            await service.StopAsync(shutdownBound);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}

/// <summary>An application lifetime that records whether a service asked the application to stop.</summary>
internal sealed class TestLifetime : IHostApplicationLifetime
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested => _stopping.IsCancellationRequested;

    public void StopApplication() => _stopping.Cancel();
}
