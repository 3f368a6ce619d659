namespace BriefingBot.Core.Storage;

/// <summary>Tells an I/O failure's cause apart for the user: a full disk, a permission, or something else (never called damage).</summary>
public static class StorageFault
{
    // errno ENOSPC and EDQUOT on Linux; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFullCodes = [28, 122, unchecked((int)0x80070070), unchecked((int)0x80070027), 0x70, 0x27];

    /// <summary>True when the failure, or one it wraps, is a full disk (or an exhausted quota).</summary>
    public static bool IsDiskFull(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is IOException io && (DiskFullCodes.Contains(io.HResult)
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || io.Message.Contains("Disk quota exceeded", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the failure, or one it wraps, is a refused permission.</summary>
    public static bool IsPermissionDenied(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is UnauthorizedAccessException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One line saying what went wrong with <paramref name="path"/> and what to do.</summary>
    public static string Describe(Exception e, string path) =>
        IsDiskFull(e) ? $"The disk holding {path} is full: free some space, then run the command again."
        : IsPermissionDenied(e) ? $"Permission denied on {path} or a file beside it: let the user running BriefingBot read and write them."
        : $"Could not read or write {path}: {e.Message.ReplaceLineEndings(" ")}";
}
