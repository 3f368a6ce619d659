using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Hosting;

namespace BriefingBot.Tests.Cli;

/// <summary>Runs the CLI in this process, capturing what it writes, as a user at a terminal would see it.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with exactly these environment variables instead of the test process's.</summary>
    public static async Task<CliRun> With(IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.RunAsync(args, new LaunchEnvironment(variables), output, error, TestContext.Current.CancellationToken);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}
