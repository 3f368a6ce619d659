using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using BriefingBot.Core.Storage;

namespace BriefingBot.Backup;

/// <summary>Asks the process holding a store open (see <see cref="BackupListener"/>) to write a backup of it.</summary>
public static class BackupClient
{
    /// <exception cref="StoreException">No process listens for the store, or the listener could not write the backup.</exception>
    public static async Task<BackupResult> RequestAsync(string storePath, string destination, CancellationToken cancellationToken)
    {
        var socketPath = BackupControl.SocketPathFor(storePath);
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken);
        }
        catch (SocketException e)
        {
            throw new StoreException(
                $"The store {Path.GetFullPath(storePath)} is in use by another BriefingBot process that takes no backup requests (only serve does, on {socketPath}): stop that process and run backup again.", e);
        }

        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var request = JsonSerializer.SerializeToUtf8Bytes(new BackupRequest(Path.GetFullPath(destination)), BackupControl.Json);
        await stream.WriteAsync(request, cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var line = await reader.ReadLineAsync(cancellationToken);
        var reply = line is null ? null : JsonSerializer.Deserialize<BackupReply>(line, BackupControl.Json);
        return reply switch
        {
            { Result: { } result } => result,
            { Error: { } error } => throw new StoreException(error),
            _ => throw new StoreException($"The BriefingBot process holding {Path.GetFullPath(storePath)} closed the connection without writing the backup; see its log."),
        };
    }
}
