namespace BriefingBot.Control;

/// <summary>What a frame on the control socket carries. The client sends a request, then standard input when asked for it.</summary>
public enum ControlFrameKind : byte
{
    /// <summary>Client: the command line to run (JSON, see <see cref="ControlRequest"/>); always the first frame.</summary>
    Request = 1,

    /// <summary>Client: bytes of its standard input.</summary>
    Input = 2,

    /// <summary>Client: its standard input has ended.</summary>
    InputEnd = 3,

    /// <summary>Server: bytes the command wrote to standard output.</summary>
    Output = 10,

    /// <summary>Server: bytes the command wrote to standard error.</summary>
    Error = 11,

    /// <summary>Server: the command reads standard input; the client starts sending it.</summary>
    InputWanted = 12,

    /// <summary>Server: the command has ended; the payload is its exit code (4 bytes, big-endian). Always the last frame.</summary>
    Exit = 13,
}
