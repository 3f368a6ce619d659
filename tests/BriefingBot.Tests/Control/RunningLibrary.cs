using BriefingBot.Control;
using BriefingBot.Hosting;
using BriefingBot.Testing.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests.Control;

/// <summary>A library held open with its control listener started, as `serve` holds it (the same services, no chat adapter).</summary>
internal sealed class RunningLibrary : IAsyncDisposable
{
    private readonly IHost _host;

    private RunningLibrary(TestLibrary test, IHost host)
    {
        Test = test;
        _host = host;
    }

    public TestLibrary Test { get; }

    public ControlListener Listener => _host.Services.GetRequiredService<ControlListener>();

    /// <summary>Starts over a new test library; <paramref name="beforeListening"/> runs once the library is open.</summary>
    public static async Task<RunningLibrary> StartAsync(Action<TestLibrary>? beforeListening = null)
    {
        var test = new TestLibrary();
        beforeListening?.Invoke(test);
        var environment = new LaunchEnvironment(new Dictionary<string, string>());
        var builder = BriefingHostBuilder.Create(test.Options.StorePath, environment);
        builder.Services.AddSingleton(test.Library); // the library this test fills, in place of one the host would open
        builder.Services.AddControlListener(environment);
        var host = builder.Build();
        await host.Services.GetRequiredService<ControlListener>().StartAsync(TestContext.Current.CancellationToken);
        return new RunningLibrary(test, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.StopAsync(CancellationToken.None);
        _host.Dispose(); // a registered instance is not the host's to dispose: the library closes with the test library
        Test.Dispose();
    }
}
