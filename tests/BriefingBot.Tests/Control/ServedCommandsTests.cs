using BriefingBot.Testing.Files;
using BriefingBot.Testing.Telegram;
using BriefingBot.Tests.Cli;

namespace BriefingBot.Tests.Control;

/// <summary>Commands on the store while `serve` holds it: run by serve on its open library, with the output and exit codes they have alone.</summary>
[Collection(ServeProcesses.Name)]
public sealed class ServedCommandsTests : IAsyncLifetime
{
    private const string Pier = "Pier reopens after repairs\n\n“The pier is safe again after the repairs,” said engineer Rosa Lind.";
    private const string Ferry = "Ferry strike ends\n\n“We have a deal on the ferry wages,” said union leader Amos Kettle.";
    private readonly TemporaryDirectory _folder = new();
    private FakeTelegramServer _telegram = null!;

    public async ValueTask InitializeAsync() => _telegram = await FakeTelegramServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _folder.Dispose();
    }

    private string Store => _folder.File("store.db");

    [Fact]
    public async Task An_article_ingested_while_serve_runs_is_answered_on_chat_at_once()
    {
        await using var serve = await StartServeAsync();

        var ingest = await CliRun.Of("--db", Store, "ingest", _folder.Write("pier.txt", Pier));
        _telegram.PushMessage(5, "what did Rosa Lind say about the pier");
        await _telegram.WaitForAsync(s => s.Sent.Count >= 1, TimeSpan.FromSeconds(60));

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        ingest.Output.ShouldStartWith("added article 1: Pier reopens after repairs");
        _telegram.Sent[0].Text.ShouldNotBeNull().ShouldContain("The pier is safe again");
    }

    [Fact]
    public async Task Commands_through_serve_print_and_exit_as_they_do_on_a_free_store()
    {
        string[][] commands =
        [
            ["summary", "set", "1", "The pier is open again."],
            ["articles"],
            ["article", "1", "--json"],
            ["quotes", "--speaker", "Rosa Lind"],
            ["ask", "what did Rosa Lind say about the pier", "--json"],
            ["speakers", "--json"],
            ["article", "99"],
            ["ask", "x"],
        ];
        (await CliRun.Of("--db", Store, "ingest", _folder.Write("pier.txt", Pier))).ExitCode.ShouldBe(0);
        var alone = new List<CliRun>();
        foreach (var command in commands)
        {
            alone.Add(await CliRun.Of(["--db", Store, .. command]));
        }

        await using var serve = await StartServeAsync();
        for (var i = 0; i < commands.Length; i++)
        {
            var served = await CliRun.Of(["--db", Store, .. commands[i]]);

            served.ShouldBe(alone[i], string.Join(' ', commands[i]));
        }

        alone[^2].ExitCode.ShouldBe(1); // the failures are kept as failures
    }

    [Fact]
    public async Task A_process_feeds_serve_a_file_by_its_relative_path_and_an_article_on_standard_input()
    {
        await using var serve = await StartServeAsync();
        var work = Directory.CreateDirectory(_folder.File("work")).FullName;
        File.WriteAllText(Path.Combine(work, "pier.txt"), Pier);

        await using var cli = ServeProcess.Start(["--db", Store, "ingest", "pier.txt", "-"], new Dictionary<string, string>(), work, input: Ferry);
        var exit = await cli.WaitForExitAsync();
        var quotes = await CliRun.Of("--db", Store, "quotes", "--json");

        exit.ShouldBe(0, cli.Error);
        cli.Output.ShouldBe($"added article 1: Pier reopens after repairs (1 quotes){Environment.NewLine}added article 2: Ferry strike ends (1 quotes){Environment.NewLine}");
        quotes.Json.EnumerateArray().Select(q => q.GetProperty("speaker").GetString()).ShouldBe(["Rosa Lind", "Amos Kettle"], ignoreOrder: true);
    }

    private async Task<ServeRun> StartServeAsync()
    {
        var serve = ServeRun.Start(Store, new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN"] = FakeTelegramServer.Token,
            ["BRIEFINGBOT__TELEGRAM__BASEURL"] = _telegram.BaseUrl,
            ["BRIEFINGBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
            ["BRIEFINGBOT__CHAT__STATEPATH"] = _folder.File("chat-state.db"),
            ["BRIEFINGBOT__LIBRARY__LOADSAMPLEDATA"] = "false",
        });

        // The control listener starts before the Telegram adapter, so polling means it listens.
        await _telegram.WaitForAsync(s => s.Calls.Any(c => c.Method == "getUpdates"), TimeSpan.FromSeconds(60));
        return serve;
    }
}
