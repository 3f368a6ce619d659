using System.Diagnostics;
using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>The built executable, run as a separate process the way a user or a script runs it.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_article_piped_to_standard_input_is_ingested()
    {
        var run = await Run(
            "Pier reopens\n\n“The pier is safe again,” said engineer Rosa Lind.\n",
            "--db", _folder.File("s.db"), "ingest", "-", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("\"file\": \"-\"");
        run.Output.ShouldContain("\"quotes\": 1");
    }

    [Fact]
    public async Task A_failing_command_exits_non_zero_with_one_line_on_standard_error()
    {
        var run = await Run(null, "--db", _folder.File("s.db"), "ask", "???");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.Trim().Split('\n').Length.ShouldBe(1);
    }

    private static async Task<CliRun> Run(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
