using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Core.Library;
using BriefingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Control;

/// <summary>
/// Runs other processes' command lines while this one holds the store open (its lock keeps them from opening it): listens
/// on the store's owner-only control socket (see <see cref="ControlSocket"/>) and runs each command line with the same
/// handlers as the CLI, on this process's open library, so what they store is searchable at once. Output, error and
/// exit code go back to the sender; its standard input is read when the command asks for it.
/// </summary>
public sealed class ControlListener(IServiceProvider services, LaunchEnvironment environment, ILogger<ControlListener> logger) : IHostedService, IDisposable
{
    // A client that connects and sends no request is dropped after this long.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CancellationTokenSource _stopping = new();

    // Commands run side by side (a `chat` at a terminal must not hold up an `ingest`), a few at a time.
    private readonly SemaphoreSlim _slots = new(4);
    private readonly Lock _runningGate = new();
    private readonly HashSet<Task> _running = [];
    private Socket? _socket;
    private string? _socketPath;
    private Task _accepting = Task.CompletedTask;

    /// <summary>Where the listener listens, or null when it could not (commands on the store then need the bot stopped).</summary>
    public string? SocketPath => _socket is null ? null : _socketPath;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _socketPath = ControlSocket.PathFor(services.GetRequiredService<BriefingLibrary>().Store.Path);
        try
        {
            _socket = ControlSocket.Listen(_socketPath);
        }
        catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            logger.LogWarning("Commands on the store while the bot runs are off: cannot listen on {Path} ({Reason}); stop the bot to run them", _socketPath, e.Message);
            return Task.CompletedTask;
        }

        logger.LogInformation("Taking commands on the store (ingest, backup, …) on {Path}", _socketPath);
        _accepting = AcceptAsync(_socket, _stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _socket?.Dispose();
        await _accepting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Task[] running;
        lock (_runningGate)
        {
            running = [.. _running];
        }

        // Commands in flight are cancelled above; their stores are all-or-nothing, so waiting is only for a tidy end.
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_socket is not null && _socketPath is not null)
        {
            File.Delete(_socketPath);
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _stopping.Dispose();
        _slots.Dispose();
    }

    private async Task AcceptAsync(Socket socket, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await socket.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var task = ServeAsync(new ControlConnection(client), stopping);
            lock (_runningGate)
            {
                _running.Add(task);
            }

            _ = task.ContinueWith(
                done =>
                {
                    lock (_runningGate)
                    {
                        _running.Remove(done);
                    }
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(ControlConnection connection, CancellationToken stopping)
    {
        await Task.Yield(); // off the accept loop
        using (connection)
        {
            try
            {
                await _slots.WaitAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                if (await ReadRequestAsync(connection, stopping) is { } request)
                {
                    await RunAsync(connection, request, stopping);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or InvalidDataException)
            {
                // The client went away or spoke something else; nothing to answer.
            }
            catch (Exception e)
            {
                logger.LogError(e, "A command forwarded on the control socket failed");
            }
            finally
            {
                _slots.Release();
            }
        }
    }

    // The first frame, bounded in time; null (the connection is dropped) when it is not a request. A request without a
    // command line or a full working folder is answered with an error and exit code 1.
    private static async Task<ControlRequest?> ReadRequestAsync(ControlConnection connection, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(RequestTimeout);
        if (await connection.ReceiveAsync(timeout.Token) is not { Kind: ControlFrameKind.Request } frame)
        {
            return null;
        }

        ControlRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ControlRequest>(frame.Payload, Json);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is { Arguments: not null, WorkingDirectory: { } folder } && Path.IsPathFullyQualified(folder))
        {
            return request;
        }

        connection.Send(ControlFrameKind.Error, Utf8.GetBytes("error: the control request must carry a command line and the full path of its working folder\n"));
        connection.SendExit(1);
        return null;
    }

    private async Task RunAsync(ControlConnection connection, ControlRequest request, CancellationToken stopping)
    {
        using var command = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var input = new ForwardedInputStream(connection);
        var fromClient = ReadClientAsync(connection, input, command);
        var terminal = new CommandTerminal(request.WorkingDirectory!, request.InputRedirected, request.ErrorRedirected,
            () => input, () => new FrameOutputStream(connection, ControlFrameKind.Output, command))
        {
            Forwarded = true,
        };
        using var output = new StreamWriter(new FrameOutputStream(connection, ControlFrameKind.Output, command), Utf8) { AutoFlush = true };
        using var error = new StreamWriter(new FrameOutputStream(connection, ControlFrameKind.Error, command), Utf8) { AutoFlush = true };
        var arguments = request.Arguments!.ToArray();
        int code;
        try
        {
            code = await BriefingCli.RunAsync(arguments, environment, CommandOrigin.Forwarded(arguments, terminal, services),
                TextWriter.Synchronized(output), TextWriter.Synchronized(error), command.Token);
        }
        finally
        {
            input.Complete();
        }

        try
        {
            connection.SendExit(code);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The client has gone (its command was cancelled with it).
        }

        await command.CancelAsync();
        await fromClient.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // The client's frames while its command runs: standard input, then nothing more. A client that hangs up (Ctrl+C)
    // cancels its command.
    private static async Task ReadClientAsync(ControlConnection connection, ForwardedInputStream input, CancellationTokenSource command)
    {
        try
        {
            while (await connection.ReceiveAsync(command.Token) is { } frame)
            {
                switch (frame.Kind)
                {
                    case ControlFrameKind.Input:
                        await input.AddAsync(frame.Payload, command.Token);
                        break;
                    case ControlFrameKind.InputEnd:
                        input.Complete();
                        break;
                    default:
                        throw new InvalidDataException("Only input may follow a request.");
                }
            }
        }
        finally
        {
            input.Complete();
            await command.CancelAsync();
        }
    }
}
