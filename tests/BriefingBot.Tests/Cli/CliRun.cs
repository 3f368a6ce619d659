using System.Text.Json;
using BriefingBot.Cli;

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

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;
}
