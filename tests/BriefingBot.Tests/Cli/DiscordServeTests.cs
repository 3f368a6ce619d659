using System.Diagnostics;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>`serve` with only Discord configured, run as a separate process against the fake Discord.</summary>
public sealed class DiscordServeTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_refused_discord_token_ends_serve_with_one_line_naming_the_cause()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(_folder.File("serve.db"));
        start.Environment.Remove("BRIEFINGBOT__TELEGRAM__TOKEN");
        start.Environment["BRIEFINGBOT__DISCORD__TOKEN"] = FakeDiscord.BotToken;
        start.Environment["BRIEFINGBOT__DISCORD__APPLICATIONID"] = InteractionPayloads.ApplicationId;
        start.Environment["BRIEFINGBOT__DISCORD__RESTBASEURL"] = discord.RestBaseUrl;
        start.Environment["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db");
        start.Environment["BRIEFINGBOT__LIBRARY__LOADSAMPLEDATA"] = "false";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        var connection = await discord.NextConnectionAsync();
        await connection.SendHelloAsync();
        var identify = await connection.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        identify.GetProperty("d").GetProperty("token").GetString().ShouldBe(FakeDiscord.BotToken);
        await connection.CloseAsync(4004, "Authentication failed.");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.ShouldBe(1);
        var lines = (await error).Trim().Split('\n');
        lines.Length.ShouldBe(1);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldContain("4004");
        (await output + lines[0]).ShouldNotContain(FakeDiscord.BotToken);
        discord.Requests.ShouldContain(r => r.Method == "PUT" && r.Path == $"/applications/{InteractionPayloads.ApplicationId}/commands");
    }
}
