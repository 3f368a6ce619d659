using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BriefingBot.Tests.Cli;

/// <summary>`BriefingBot serve` running as a child process of the test, the way a container runs it; stopped with a signal.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process)
    {
        _process = process;
    }

    /// <summary>Everything the process wrote, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts serve on <paramref name="store"/> with the given BRIEFINGBOT__ settings (and no others from this environment).</summary>
    public static ServeProcess Start(string workingDirectory, string store, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(store);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("BRIEFINGBOT__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, line) => serve.Append(line.Data);
        process.ErrorDataReceived += (_, line) => serve.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        return serve;
    }

    /// <summary>Sends the signal ("TERM", "INT") with kill(1), as `docker stop` or Ctrl+C would, and returns the exit code.</summary>
    public async Task<int> StopAsync(string signal)
    {
        using (var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            kill.ExitCode.ShouldBe(0);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ExitWait);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
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
}
