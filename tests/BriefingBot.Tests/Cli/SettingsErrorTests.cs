using BriefingBot.Testing.Files;

namespace BriefingBot.Tests.Cli;

/// <summary>Settings that cannot be used stop every command with one line naming the setting.</summary>
public sealed class SettingsErrorTests : IDisposable
{
    private const string Nowhere = "/run/secrets/briefingbot-test-nowhere";
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("articles")]
    [InlineData("serve")]
    [InlineData("backup")]
    public async Task A_secret_file_variable_pointing_nowhere_stops_the_command(string command)
    {
        string[] args = command == "backup" ? ["backup", _folder.File("copy.db")] : [command];

        var run = await CliRun.With(
            new Dictionary<string, string> { ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = Nowhere },
            [.. args, "--db", _folder.File("store.db")]);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"error: BRIEFINGBOT__TELEGRAM__TOKEN_FILE points to {Nowhere}, which does not exist.");
        File.Exists(_folder.File("store.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_secret_read_from_a_file_configures_serve()
    {
        var secret = _folder.Write("token", "not-a-token\n");

        var run = await CliRun.With(new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN_FILE"] = secret,
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
        }, "serve", "--db", _folder.File("store.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldStartWith("error: BriefingBot:Telegram:Token is not a bot token");
    }

    [Fact]
    public async Task An_invalid_setting_is_named_with_its_section_key()
    {
        var run = await CliRun.With(
            new Dictionary<string, string> { ["BRIEFINGBOT__ANSWERS__MAXQUESTIONLENGTH"] = "5" },
            "ask", "what did Peskov say", "--db", _folder.File("store.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe("error: BriefingBot:Answers:MaxQuestionLength must be between 10 and 4000.");
    }
}
