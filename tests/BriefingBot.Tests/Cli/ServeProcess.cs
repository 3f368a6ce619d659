using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// `BriefingBot serve` (or another command) run from the built executable as a separate process, the way a container
/// runs it, configured only by the BRIEFINGBOT__ variables given (none inherited from the test run), with what it writes
/// collected line by line. Stopped with a signal, or killed when disposed.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ServeProcess(Process process)
    {
        _process = process;
    }

    public string Output => Read(_output);

    public string Error => Read(_error);

    public bool HasExited => _process.HasExited;

    /// <summary>`serve --db STORE` with no sample pack.</summary>
    public static ServeProcess Start(string store, IReadOnlyDictionary<string, string> environment) =>
        Start(["serve", "--db", store], new Dictionary<string, string>(environment) { ["BRIEFINGBOT__LIBRARY__LOADSAMPLEDATA"] = "false" });

    /// <summary>`serve --db STORE` run from <paramref name="workingDirectory"/>, loading the sample pack into an empty store.</summary>
    public static ServeProcess Start(string workingDirectory, string store, IReadOnlyDictionary<string, string> environment) =>
        Start(["serve", "--db", store], environment, workingDirectory);

    /// <summary>
    /// Any command of the executable, with the same clean environment (e.g. `healthcheck` beside a running serve), reading
    /// <paramref name="input"/> as its standard input (none when null), as <paramref name="user"/> (this process's when null).
    /// </summary>
    public static ServeProcess Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null,
        string? input = null, string? user = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UserName = user };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("BRIEFINGBOT__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var serve = new ServeProcess(new Process { StartInfo = start });
        serve._process.OutputDataReceived += (_, e) => Append(serve._output, e.Data);
        serve._process.ErrorDataReceived += (_, e) => Append(serve._error, e.Data);
        serve._process.Start();
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        if (input is not null)
        {
            serve._process.StandardInput.Write(input);
        }

        serve._process.StandardInput.Close();
        return serve;
    }

    /// <summary>Waits (bounded) for the process to end, then for the rest of what it wrote; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout ?? ExitWait);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    /// <summary>Sends the signal ("TERM", "INT") from this process, as `docker stop` or Ctrl+C would, and returns the exit code.</summary>
    public async Task<int> StopAsync(string signal)
    {
        // Signalled with kill(2) directly: images without procps have no kill(1) to run.
        var number = signal switch
        {
            "TERM" => SigTerm,
            "INT" => SigInt,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "TERM or INT"),
        };
        if (Kill(_process.Id, number) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIG{signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return await WaitForExitAsync();
    }

    /// <summary>Waits (bounded) until the condition holds, checking every 100 ms.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"serve exited ({_process.ExitCode}) before {what}: {Error} {Output}");
            }

            try
            {
                await Task.Delay(100, deadline.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"serve did not get to {what}. Output: {Output} Error: {Error}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    // Linux signal numbers (the only platform these process tests run on).
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Read(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }
}

/// <summary>Tests that run `serve` processes go one at a time and apart from the other tests, so a busy machine does not starve their start.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeProcesses
{
    public const string Name = "serve processes";
}
