using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using BriefingBot.Control;
using BriefingBot.Testing.Files;
using BriefingBot.Testing.Library;
using BriefingBot.Tests.Cli;

namespace BriefingBot.Tests.Control;

/// <summary>The control socket a running bot takes other processes' command lines on.</summary>
public sealed class ControlListenerTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Backups_through_the_running_bot_during_ingestion_each_hold_a_consistent_prefix()
    {
        await using var running = await RunningLibrary.StartAsync();
        var writer = await NumberedArticleWriter.StartAsync(running.Test, TestContext.Current.CancellationToken);

        var backups = new List<(string Path, int Articles)>();
        for (var i = 0; i < 3; i++)
        {
            var run = await CliRun.Of("--db", running.Test.Options.StorePath, "backup", _folder.File($"backup-{i}.db"), "--json");
            run.ExitCode.ShouldBe(0, run.Error);
            backups.Add((run.Json.GetProperty("path").GetString()!, run.Json.GetProperty("articles").GetInt32()));
        }

        var written = await writer.StopAsync();

        foreach (var (path, articles) in backups)
        {
            NumberedArticles.CheckConsistentPrefix(path).ShouldBe(articles);
        }

        backups[0].Articles.ShouldBeGreaterThanOrEqualTo(1);
        backups[^1].Articles.ShouldBeLessThanOrEqualTo(written);
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

        var run = await CliRun.Of("--db", running.Test.Options.StorePath, "articles", "--json");

        running.Listener.SocketPath.ShouldBe(running.Test.Options.StorePath + ".control");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Json.GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"arguments":["articles"],"workingDirectory":"relative/folder"}""")]
    [InlineData("""{"workingDirectory":"/tmp"}""")]
    [InlineData("not json at all")]
    public async Task A_request_without_a_command_line_and_a_full_folder_gets_an_error_and_runs_nothing(string request)
    {
        await using var running = await RunningLibrary.StartAsync();

        var (error, exit) = await SendAsync(running.Listener.SocketPath!, Frame(ControlFrameKind.Request, Encoding.UTF8.GetBytes(request)));

        error.ShouldContain("must carry a command line and the full path of its working folder");
        exit.ShouldBe(1);
    }

    [Fact]
    public async Task A_peer_that_sends_something_else_is_dropped_and_the_next_is_answered()
    {
        await using var running = await RunningLibrary.StartAsync();
        NumberedArticles.Add(running.Test, 1);

        var (error, exit) = await SendAsync(running.Listener.SocketPath!, Encoding.UTF8.GetBytes(new string('x', 100_000)));
        var next = await CliRun.Of("--db", running.Test.Options.StorePath, "articles", "--json");

        (error, exit).ShouldBe(("", null));
        next.Json.GetArrayLength().ShouldBe(1);
    }

    private static byte[] Frame(ControlFrameKind kind, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = (byte)kind;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1), payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    // Sends raw bytes; returns the error text and exit code the listener answers with (nothing when it hangs up).
    private static async Task<(string Error, int? Exit)> SendAsync(string socketPath, byte[] bytes)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), TestContext.Current.CancellationToken);
        using var connection = new ControlConnection(socket);
        var error = new StringBuilder();
        try
        {
            await new NetworkStream(socket).WriteAsync(bytes, TestContext.Current.CancellationToken);
            while (await connection.ReceiveAsync(TestContext.Current.CancellationToken) is { } frame)
            {
                if (frame.Kind == ControlFrameKind.Error)
                {
                    error.Append(Encoding.UTF8.GetString(frame.Payload));
                }
                else if (frame.Kind == ControlFrameKind.Exit)
                {
                    return (error.ToString(), ControlConnection.ExitCodeOf(frame.Payload));
                }
            }
        }
        catch (IOException)
        {
            // reset by the listener: dropped
        }

        return (error.ToString(), null);
    }
}
