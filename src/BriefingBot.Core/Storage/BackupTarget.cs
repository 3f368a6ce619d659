using System.Collections.Concurrent;

namespace BriefingBot.Core.Storage;

/// <summary>
/// Decides whether a backup may be written to a path: never over a file the running bot owns (the store, its log, lock,
/// index snapshot and control socket, the chat state file and its log), however the path is spelt: relative, with "..",
/// or through symbolic links to the file or to a folder above it.
/// </summary>
/// <remarks>Files opened by this process that are not the store's (the chat state) are claimed here when opened.</remarks>
public static class BackupTarget
{
    // Symbolic links followed before a path is taken as it is (Linux stops at 40 as well).
    private const int MaxLinkHops = 40;

    private static readonly ConcurrentDictionary<string, byte> Claimed = new(PathComparer);

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>Files this process owns besides the store's, e.g. the chat state it has open.</summary>
    public static IReadOnlyCollection<string> ClaimedFiles => Claimed.Keys.ToList();

    /// <summary>Marks a file as the running bot's, so no backup overwrites it while it is open.</summary>
    public static void Claim(string path) => Claimed.TryAdd(Path.GetFullPath(path), 0);

    public static void Release(string path) => Claimed.TryRemove(Path.GetFullPath(path), out _);

    /// <summary>Throws when <paramref name="target"/> is, or resolves to, one of <paramref name="owned"/> or a file claimed by this process.</summary>
    /// <param name="target">Where the backup would be written.</param>
    /// <param name="owned">Files the backup must not replace.</param>
    /// <param name="owner">What they are, for the message ("the live store /data/briefings.db").</param>
    /// <exception cref="StoreException">The target is a file the bot owns.</exception>
    public static void Check(string target, IEnumerable<string> owned, string owner)
    {
        var resolved = RealPath(target);
        if (owned.FirstOrDefault(file => PathComparer.Equals(resolved, RealPath(file))) is not null)
        {
            throw Refusal(target, $"belongs to {owner}");
        }

        if (ClaimedFiles.FirstOrDefault(file => PathComparer.Equals(resolved, RealPath(file))) is { } claimed)
        {
            throw Refusal(target, $"is {claimed}, which the running bot has open");
        }
    }

    private static StoreException Refusal(string target, string why) =>
        new($"Refusing to write the backup over {Path.GetFullPath(target)}, which {why}; choose another file.");

    /// <summary>The absolute path with every symbolic link in it followed; parts that do not exist yet are kept as spelt.</summary>
    public static string RealPath(string path)
    {
        var pending = new Stack<string>();
        var current = Path.GetFullPath(path);
        var hops = 0;

        // Split into the root and its parts, then rebuild from the root, following each part that is a link.
        while (Path.GetDirectoryName(current) is { } parent)
        {
            pending.Push(Path.GetFileName(current));
            current = parent;
        }

        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } link && hops++ < MaxLinkHops)
            {
                // A link's target is relative to the folder holding the link; it may hold links of its own.
                var target = Path.GetFullPath(link, current);
                var parts = new Stack<string>();
                while (Path.GetDirectoryName(target) is { } targetParent)
                {
                    parts.Push(Path.GetFileName(target));
                    target = targetParent;
                }

                // Pushed last part first, so that the target's first part is taken next, before the parts after the link.
                foreach (var targetPart in parts.Reverse())
                {
                    pending.Push(targetPart);
                }

                current = target;
                continue;
            }

            current = next;
        }

        return current;
    }
}
