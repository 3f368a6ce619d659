using System.Runtime.Versioning;
using System.Net.Sockets;
using System.Text;
using BriefingBot.Backup;
using BriefingBot.Cli.Commands;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;

namespace BriefingBot.Tests.Backup;

/// <summary>The control socket a running bot answers backup requests on.</summary>
public sealed class BackupListenerTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Backups_through_the_running_bot_during_ingestion_each_hold_a_consistent_prefix()
    {
        await using var running = await RunningLibrary.StartAsync();
        var writer = await NumberedArticleWriter.StartAsync(running.Test, TestContext.Current.CancellationToken);

        var results = new List<Core.Storage.BackupResult>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await BackupCommand.BackupAsync(running.Test.Options.StorePath, _folder.File($"backup-{i}.db"), TestContext.Current.CancellationToken));
        }

        var written = await writer.StopAsync();

        foreach (var result in results)
        {
            NumberedArticles.CheckConsistentPrefix(result.Path).ShouldBe(result.Articles);
        }

        results[0].Articles.ShouldBeGreaterThanOrEqualTo(1);
        results[^1].Articles.ShouldBeLessThanOrEqualTo(written);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_socket_is_for_its_owner_only_and_removed_when_the_bot_stops()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes are Unix's");
        var running = await RunningLibrary.StartAsync();
        var socket = running.Listener.SocketPath!;

        File.GetUnixFileMode(socket).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await running.DisposeAsync();

        File.Exists(socket).ShouldBeFalse();
    }

    [Fact]
    public async Task A_socket_file_left_by_a_bot_that_died_is_replaced()
    {
        await using var running = await RunningLibrary.StartAsync(test => File.WriteAllText(test.Options.StorePath + ".control", "left behind"));
        NumberedArticles.Add(running.Test, 1);

        var result = await BackupClient.RequestAsync(running.Test.Options.StorePath, _folder.File("copy.db"), TestContext.Current.CancellationToken);

        running.Listener.SocketPath.ShouldBe(running.Test.Options.StorePath + ".control");
        result.Articles.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"path":"relative/copy.db"}""")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    public async Task A_request_without_a_full_path_gets_an_error_and_writes_nothing(string request)
    {
        await using var running = await RunningLibrary.StartAsync();

        var reply = await SendAsync(running.Listener.SocketPath!, request + "\n");

        reply.ShouldContain("must name the backup file by its full path");
        Directory.GetFiles(_folder.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_peer_that_sends_too_much_is_dropped_and_the_next_is_answered()
    {
        await using var running = await RunningLibrary.StartAsync();

        var reply = await SendAsync(running.Listener.SocketPath!, new string('x', BackupControl.MaxLineBytes * 2));
        var next = await BackupClient.RequestAsync(running.Test.Options.StorePath, _folder.File("copy.db"), TestContext.Current.CancellationToken);

        reply.ShouldBeEmpty();
        next.Path.ShouldBe(_folder.File("copy.db"));
    }

    private static async Task<string> SendAsync(string socketPath, string text)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), TestContext.Current.CancellationToken);
        await using var stream = new NetworkStream(socket);
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            // The listener hung up on an oversized request.
        }

        using var reader = new StreamReader(stream);
        try
        {
            return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            return ""; // reset by the listener: dropped
        }
    }
}
