using System.Runtime.Versioning;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Tests.Cli;

/// <summary>Store and state files that cannot be used: one line naming the path, exit code 1, the files left as they were.</summary>
public sealed class StoreBadInputTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_unwritable_store_folder_is_named_in_one_line()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "folder permissions here are Unix modes");
        var locked = Directory.CreateDirectory(_folder.File("data")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            if (CanWriteIn(locked))
            {
                Assert.Skip("this user (root) writes to read-only folders, so there is no unwritable folder to test with");
            }

            var run = await CliRun.Of("--db", Path.Combine(locked, "briefings.db"), "articles");

            ShouldFailWithOneLine(run.ExitCode, run.Error);
            run.Error.ShouldContain(locked);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task A_store_folder_that_is_a_file_is_named_in_one_line()
    {
        var file = _folder.Write("data", "not a folder");

        var run = await CliRun.Of("--db", Path.Combine(file, "briefings.db"), "articles");

        ShouldFailWithOneLine(run.ExitCode, run.Error);
        run.Error.ShouldContain(file);
    }

    [Fact]
    public async Task A_store_held_by_another_process_is_named_and_not_touched()
    {
        var path = _folder.File("store.db");
        using var holder = BriefingStore.Open(path);

        var run = await CliRun.Of("--db", path, "ingest", _folder.Write("a.txt", "Pier reopens\n\n“The pier is safe again,” said engineer Rosa Lind."));

        ShouldFailWithOneLine(run.ExitCode, run.Error);
        run.Error.ShouldContain($"The store {path} is in use by another BriefingBot process");
        holder.ArticleCount.ShouldBe(0);
    }

    [Fact]
    public async Task Serve_refuses_a_store_held_by_another_process()
    {
        var path = _folder.File("store.db");
        using var holder = BriefingStore.Open(path);

        var (exit, error) = await Serve(path);

        ShouldFailWithOneLine(exit, error);
        error.ShouldContain($"The store {path} is in use");
    }

    [Fact]
    public async Task Serve_refuses_a_corrupt_store_and_leaves_it_as_it_was()
    {
        var path = _folder.File("store.db");
        var garbage = Garbage();
        await File.WriteAllBytesAsync(path, garbage, TestContext.Current.CancellationToken);

        var (exit, error) = await Serve(path);

        ShouldFailWithOneLine(exit, error);
        error.ShouldContain($"The file {path} is not a BriefingBot store or is damaged");
        (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).ShouldBe(garbage);
    }

    [Fact]
    public async Task Serve_refuses_a_damaged_chat_state_file_and_leaves_it_as_it_was()
    {
        var state = _folder.File("chat-state.db");
        var garbage = Garbage();
        await File.WriteAllBytesAsync(state, garbage, TestContext.Current.CancellationToken);

        var (exit, error) = await Serve(_folder.File("store.db"), state);

        ShouldFailWithOneLine(exit, error);
        error.ShouldContain($"The chat state file {state} is damaged");
        error.ShouldContain("BRIEFINGBOT__CHAT__STATEPATH");
        (await File.ReadAllBytesAsync(state, TestContext.Current.CancellationToken)).ShouldBe(garbage);
    }

    [Fact]
    public async Task Serve_names_a_chat_state_path_it_cannot_create()
    {
        var state = Path.Combine(_folder.Write("data", "not a folder"), "chat-state.db");

        var (exit, error) = await Serve(_folder.File("store.db"), state);

        ShouldFailWithOneLine(exit, error);
        error.ShouldContain($"The chat state file {state} cannot be opened");
    }

    // serve with a well-formed token and a Bot API nobody listens on: these failures come before any call.
    private async Task<(int Exit, string Error)> Serve(string store, string? state = null)
    {
        await using var serve = ServeRun.Start(store, new Dictionary<string, string>
        {
            ["BRIEFINGBOT__TELEGRAM__TOKEN"] = FakeTelegramServer.Token,
            ["BRIEFINGBOT__TELEGRAM__BASEURL"] = "http://127.0.0.1:9",
            ["BRIEFINGBOT__CHAT__STATEPATH"] = state ?? _folder.File("chat-state.db"),
        });
        var exit = await serve.Exit.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return (exit, serve.Error);
    }

    private static void ShouldFailWithOneLine(int exit, string error)
    {
        exit.ShouldBe(1);
        error.ShouldStartWith("error: ");
        error.Trim().Split('\n').Length.ShouldBe(1, error);
    }

    private static byte[] Garbage()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static bool CanWriteIn(string folder)
    {
        try
        {
            File.WriteAllText(Path.Combine(folder, "probe"), "");
            File.Delete(Path.Combine(folder, "probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
