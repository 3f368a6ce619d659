using System.Text.Json;
using BriefingBot.Core.Storage;

namespace BriefingBot.Backup;

/// <summary>
/// The backup request between processes: the process holding a store open listens on a Unix domain socket beside it
/// ("&lt;store&gt;.control"); a client sends one JSON line naming the backup file and gets one JSON line back.
/// </summary>
public static class BackupControl
{
    /// <summary>Requests and replies are one short line each; anything longer is not ours.</summary>
    public const int MaxLineBytes = 16 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SocketPathFor(string storePath) => Path.GetFullPath(storePath) + ".control";
}

/// <summary>Asks for a backup of the listener's store to <see cref="Path"/> (absolute: the two processes' working folders may differ).</summary>
public sealed record BackupRequest(string? Path);

/// <summary>The listener's answer: what was written, or why nothing was.</summary>
public sealed record BackupReply(BackupResult? Result, string? Error);
