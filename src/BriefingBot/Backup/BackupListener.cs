using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Backup;

/// <summary>
/// Takes backup requests from other processes while this one holds the store open (its lock keeps them from opening it):
/// listens on "&lt;store&gt;.control", a Unix domain socket only its owner may use, and copies the store inside the store's gate.
/// </summary>
public sealed class BackupListener(BriefingLibrary library, ILogger<BackupListener> logger) : IHostedService, IDisposable
{
    // A client that connects and says nothing is dropped after this long, so it cannot hold up the next one.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private Socket? _socket;
    private string? _socketPath;
    private Task _accepting = Task.CompletedTask;

    /// <summary>Where the listener listens, or null when it could not (backups then need the bot stopped).</summary>
    public string? SocketPath => _socket is null ? null : _socketPath;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _socketPath = BackupControl.SocketPathFor(library.Store.Path);
        try
        {
            _socket = Bind(_socketPath);
        }
        catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            logger.LogWarning("Backups while the bot runs are off: cannot listen on {Path} ({Reason}); stop the bot to take one", _socketPath, e.Message);
            return Task.CompletedTask;
        }

        _accepting = AcceptAsync(_socket, _stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        _socket?.Dispose();
        await _accepting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (_socket is not null && _socketPath is not null)
        {
            File.Delete(_socketPath);
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _stopping.Dispose();
    }

    // Bound under a temporary name, made owner-only, then renamed into place: no one else can connect in between.
    private static Socket Bind(string path)
    {
        // This process holds the store's lock, so a socket file already here was left by one that died.
        File.Delete(path);
        var temporary = $"{path}.{Random.Shared.Next():x8}";
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Bind(new UnixDomainSocketEndPoint(temporary));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            File.Move(temporary, path);
            socket.Listen(4);
            return socket;
        }
        catch
        {
            socket.Dispose();
            File.Delete(temporary);
            throw;
        }
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

            // One at a time: backups take the store's gate anyway.
            using (client)
            {
                await AnswerAsync(client, stopping);
            }
        }
    }

    private async Task AnswerAsync(Socket client, CancellationToken stopping)
    {
        await using var stream = new NetworkStream(client, ownsSocket: false);
        BackupReply reply;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            timeout.CancelAfter(RequestTimeout);
            if (await ReadLineAsync(stream, timeout.Token) is not { } line)
            {
                return;
            }

            reply = await BackupAsync(line, stopping);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            return;
        }

        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(reply, BackupControl.Json);
            await stream.WriteAsync(bytes, stopping);
            await stream.WriteAsync("\n"u8.ToArray(), stopping);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
        {
            // The client went away; the backup, if any, is written all the same.
        }
    }

    private async Task<BackupReply> BackupAsync(string line, CancellationToken stopping)
    {
        BackupRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<BackupRequest>(line, BackupControl.Json);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request?.Path is not { } path || !Path.IsPathFullyQualified(path))
        {
            return new BackupReply(null, "The backup request must name the backup file by its full path.");
        }

        try
        {
            // The copy blocks on file I/O and the store's gate: off the accept loop's thread.
            var result = await Task.Run(() => library.Store.Backup(path), stopping);
            logger.LogInformation("Wrote a backup of the store to {Path} ({Bytes} bytes)", result.Path, result.Bytes);
            return new BackupReply(result, null);
        }
        catch (StoreException e)
        {
            return new BackupReply(null, e.Message);
        }
        catch (ObjectDisposedException)
        {
            return new BackupReply(null, "The bot is stopping; run backup again once it has stopped.");
        }
    }

    // One line, bounded: a peer that sends more than a request's worth without a newline gets nothing.
    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[BackupControl.MaxLineBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', length, read);
            length += read;
            if (newline >= 0)
            {
                return Encoding.UTF8.GetString(buffer, 0, newline);
            }
        }

        return null;
    }
}
