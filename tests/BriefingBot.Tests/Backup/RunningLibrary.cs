using BriefingBot.Backup;
using BriefingBot.Testing.Library;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Tests.Backup;

/// <summary>A library held open with its backup listener started, as `serve` holds it.</summary>
internal sealed class RunningLibrary : IAsyncDisposable
{
    private RunningLibrary(TestLibrary test, BackupListener listener)
    {
        Test = test;
        Listener = listener;
    }

    public TestLibrary Test { get; }

    public BackupListener Listener { get; }

    /// <summary>Starts over a new test library; <paramref name="beforeListening"/> runs once the library is open.</summary>
    public static async Task<RunningLibrary> StartAsync(Action<TestLibrary>? beforeListening = null)
    {
        var test = new TestLibrary();
        beforeListening?.Invoke(test);
        var listener = new BackupListener(test.Library, NullLogger<BackupListener>.Instance);
        await listener.StartAsync(TestContext.Current.CancellationToken);
        return new RunningLibrary(test, listener);
    }

    public async ValueTask DisposeAsync()
    {
        await Listener.StopAsync(CancellationToken.None);
        Listener.Dispose();
        Test.Dispose();
    }
}
