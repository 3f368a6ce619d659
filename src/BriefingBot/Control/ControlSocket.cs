using System.Net.Sockets;

namespace BriefingBot.Control;

/// <summary>
/// The control socket of a store: a Unix domain socket beside it ("&lt;store&gt;.control") on which the process holding the
/// store takes command lines from other processes of the same user (the file is owner-only).
/// </summary>
public static class ControlSocket
{
    public static string PathFor(string storePath) => Path.GetFullPath(storePath) + ".control";

    /// <summary>Listens on the path; bound under a temporary name, made owner-only, then renamed, so no one else can connect in between.</summary>
    public static Socket Listen(string path)
    {
        // The caller holds the store's lock, so a socket file already here was left by a process that died.
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
            socket.Listen(8);
            return socket;
        }
        catch
        {
            socket.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A connection to the process listening for the store, or null when none does (no socket, or one left by a dead process).</summary>
    public static async Task<ControlConnection?> ConnectAsync(string storePath, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(PathFor(storePath)), cancellationToken);
            return new ControlConnection(socket);
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }
}
