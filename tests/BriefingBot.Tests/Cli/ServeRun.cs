using BriefingBot.Cli;
using BriefingBot.Hosting;
using BriefingBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Tests.Cli;

/// <summary>`serve` run in this process with its own environment variables, every log line captured, until the test stops it.</summary>
internal sealed class ServeRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly Task<int> _run;

    private ServeRun(string storePath, IReadOnlyDictionary<string, string> variables)
    {
        var environment = new LaunchEnvironment(variables, logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        _run = Task.Run(() => BriefingCli.RunAsync(["serve", "--db", storePath], environment, _output, _error, _stop.Token));
    }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>What serve wrote to standard error so far.</summary>
    public string Error => _error.ToString();

    public string Output => _output.ToString();

    public Task<int> Exit => _run;

    public static ServeRun Start(string storePath, IReadOnlyDictionary<string, string> variables) => new(storePath, variables);

    /// <summary>Stops serve as Ctrl+C would and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
