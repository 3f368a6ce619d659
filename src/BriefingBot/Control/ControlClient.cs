using System.Text;
using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Core.Storage;

namespace BriefingBot.Control;

/// <summary>Forwards a command line to the process holding the store (see <see cref="ControlListener"/>) and plays back what it writes.</summary>
public static class ControlClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs the command line in the process listening on the store's control socket, writing its output and error here and
    /// sending this terminal's input when it reads some; returns its exit code, or null when no process listens.
    /// </summary>
    /// <exception cref="StoreException">The connection ended before the command did.</exception>
    public static async Task<int?> ForwardAsync(string storePath, IReadOnlyList<string> arguments, CommandIo io, CancellationToken cancellationToken)
    {
        using var connection = await ControlSocket.ConnectAsync(storePath, cancellationToken);
        if (connection is null)
        {
            return null;
        }

        var terminal = io.Terminal;
        var request = new ControlRequest(arguments, Path.GetFullPath(terminal.WorkingDirectory), terminal.InputRedirected, terminal.ErrorRedirected);
        using var stopInput = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var output = new FrameTextDecoder(io.Output);
        var error = new FrameTextDecoder(io.Error);
        try
        {
            connection.Send(ControlFrameKind.Request, JsonSerializer.SerializeToUtf8Bytes(request, Json));
            Task? sendingInput = null;
            while (await connection.ReceiveAsync(cancellationToken) is { } frame)
            {
                switch (frame.Kind)
                {
                    case ControlFrameKind.Output:
                        output.Write(frame.Payload);
                        break;
                    case ControlFrameKind.Error:
                        error.Write(frame.Payload);
                        break;
                    case ControlFrameKind.InputWanted:
                        sendingInput ??= SendInputAsync(connection, terminal.OpenInput(), stopInput.Token);
                        break;
                    case ControlFrameKind.Exit:
                        return ControlConnection.ExitCodeOf(frame.Payload);
                    default:
                        throw new InvalidDataException($"Unexpected {frame.Kind} frame from the serving process.");
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new StoreException($"The connection to the BriefingBot process holding {Path.GetFullPath(storePath)} broke before the command finished: {e.Message}", e);
        }
        finally
        {
            await stopInput.CancelAsync();
            output.Flush();
            error.Flush();
        }

        throw new StoreException($"The BriefingBot process holding {Path.GetFullPath(storePath)} closed the connection before the command finished; see its log.");
    }

    // This terminal's input, in chunks, then its end. Stops when the command has ended (the stream may be a terminal that never ends).
    private static async Task SendInputAsync(ControlConnection connection, Stream input, CancellationToken stop)
    {
        await Task.Yield();
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await input.ReadAsync(buffer, stop)) > 0)
            {
                connection.Send(ControlFrameKind.Input, buffer.AsSpan(0, read));
            }

            connection.Send(ControlFrameKind.InputEnd, []);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The command has ended or the connection has gone: nothing more to send.
        }
    }
}
