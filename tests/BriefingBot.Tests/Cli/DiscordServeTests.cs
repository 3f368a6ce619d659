using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>`serve` with only Discord configured, run as a separate process against the fake Discord.</summary>
[Collection(ServeProcesses.Name)]
public sealed class DiscordServeTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_refused_discord_token_ends_serve_with_one_line_naming_the_cause()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var process = ServeProcess.Start(_folder.File("serve.db"), new Dictionary<string, string>
        {
            ["BRIEFINGBOT__DISCORD__TOKEN"] = FakeDiscord.BotToken,
            ["BRIEFINGBOT__DISCORD__APPLICATIONID"] = InteractionPayloads.ApplicationId,
            ["BRIEFINGBOT__DISCORD__RESTBASEURL"] = discord.RestBaseUrl,
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
        });

        var connection = await discord.NextConnectionAsync();
        await connection.SendHelloAsync();
        var identify = await connection.ReceiveOpAsync(2, TestContext.Current.CancellationToken);
        identify.GetProperty("d").GetProperty("token").GetString().ShouldBe(FakeDiscord.BotToken);
        await connection.CloseAsync(4004, "Authentication failed.");

        (await process.WaitForExitAsync()).ShouldBe(1);
        var lines = process.Error.Trim().Split('\n');
        lines.Length.ShouldBe(1);
        lines[0].ShouldStartWith("error: ");
        lines[0].ShouldContain("4004");
        (process.Output + lines[0]).ShouldNotContain(FakeDiscord.BotToken);
        discord.Requests.ShouldContain(r => r.Method == "PUT" && r.Path == $"/applications/{InteractionPayloads.ApplicationId}/commands");
    }
}
