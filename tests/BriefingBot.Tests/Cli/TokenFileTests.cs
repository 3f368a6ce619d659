using System.Diagnostics;
using BriefingBot.Cli.Commands;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// Token files as the compose file mounts them (both always): an empty one switches its platform off, one the bot's user
/// cannot read stops it naming that user.
/// </summary>
[Collection(ServeProcesses.Name)]
public sealed class TokenFileTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_empty_Discord_token_file_leaves_serve_answering_on_Telegram_only()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await using var serve = ServeRun.Start(_folder.File("store.db"), new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = _folder.Write("telegram_token", FakeTelegramServer.Token),
            ["BRIEFINGBOT__DISCORD__TOKEN_FILE"] = _folder.Write("discord_token", ""),
            ["BRIEFINGBOT__DISCORD__APPLICATIONID"] = "",
            ["BRIEFINGBOT__TELEGRAM__BASEURL"] = telegram.BaseUrl,
            ["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
        });

        telegram.PushMessage(5, "/help");
        await telegram.WaitForAsync(s => s.Sent.Count >= 1, TimeSpan.FromSeconds(60));

        (await serve.StopAsync()).ShouldBe(0, serve.Error);
    }

    [Fact]
    public async Task Empty_token_files_for_both_platforms_leave_no_adapter_to_serve()
    {
        await using var serve = ServeRun.Start(_folder.File("store.db"), new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = _folder.Write("telegram_token", "\n"),
            ["BRIEFINGBOT__DISCORD__TOKEN_FILE"] = _folder.Write("discord_token", ""),
        });

        var exit = await serve.Exit.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        exit.ShouldBe(1);
        serve.Error.Trim().ShouldBe($"error: {ChatCommandsCli.NoAdapterMessage}");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_token_file_the_bot_cannot_read_names_the_uid_it_runs_as()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes and uids are Unix's");
        var token = _folder.Write("telegram_token", FakeTelegramServer.Token);
        File.SetUnixFileMode(_folder.Path, File.GetUnixFileMode(_folder.Path) | UnixFileMode.OtherExecute); // the folder passable, the file not readable
        File.SetUnixFileMode(token, UnixFileMode.None);
        // As root every file is readable: the command then runs as nobody, as a container runs as its own user.
        var asRoot = Environment.UserName == "root";
        var uid = asRoot ? UidOf("nobody") : await RunAsync("id", "-u");

        var run = ServeProcess.Start(["speakers"], new Dictionary<string, string> { ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = token }, "/",
            user: asRoot ? "nobody" : null);
        var exit = await run.WaitForExitAsync();
        await run.DisposeAsync();

        exit.ShouldBe(1);
        run.Error.Trim().ShouldStartWith($"error: BRIEFINGBOT__TELEGRAM__TOKEN_FILE points to {token}, which the bot's user (uid {uid}) cannot read:");
    }

    private static string UidOf(string user) =>
        File.ReadLines("/etc/passwd").Select(line => line.Split(':')).First(fields => fields[0] == user)[2];

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return output.Trim();
    }
}
