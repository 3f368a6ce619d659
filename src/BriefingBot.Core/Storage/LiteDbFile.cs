using System.Text;

namespace BriefingBot.Core.Storage;

/// <summary>Recognises a LiteDB 5 data file by its header, before LiteDB is given it.</summary>
/// <remarks>LiteDB rewrites the header of a file it cannot read, so a damaged or foreign file is refused here and left untouched.</remarks>
public static class LiteDbFile
{
    // LiteDB 5 header page: this text at offset 32, then file version 8 at offset 59 (see LiteDB's HeaderPage).
    private const string HeaderText = "** This is a LiteDB file **";
    private const int HeaderOffset = 32;
    private const int FileVersion = 8;
    private const int PageSize = 8192;

    // The header's "invalid data file state" byte: LiteDB sets it when a read meets a damaged page, so that the next open
    // rebuilds the file. We never let LiteDB rebuild (the user restores from a backup), so it is put back as it was.
    private const int InvalidStateOffset = 191;

    /// <summary>Where LiteDB keeps the log of the data file at <paramref name="path"/> ("name-log.ext").</summary>
    public static string LogPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>True when the file is missing or empty (LiteDB creates it) or is whole pages starting with a LiteDB 5 header page.</summary>
    public static bool IsMissingOrLiteDb(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return true;
        }

        // LiteDB writes whole pages; a file that ends inside one was cut off (and LiteDB would cut it further).
        if (info.Length < PageSize || info.Length % PageSize != 0)
        {
            return false;
        }

        var header = new byte[HeaderOffset + HeaderText.Length + 1];
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            file.ReadExactly(header);
        }

        return Encoding.ASCII.GetString(header, HeaderOffset, HeaderText.Length) == HeaderText && header[^1] == FileVersion;
    }

    /// <summary>The header's data-file-state byte, or null when the file has no full header page.</summary>
    public static byte? ReadStateByte(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (file.Length < PageSize)
            {
                return null;
            }

            file.Position = InvalidStateOffset;
            return (byte)file.ReadByte();
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Puts the data-file-state byte back to <paramref name="value"/> if LiteDB changed it; the file must be closed by LiteDB.</summary>
    public static void RestoreStateByte(string path, byte value)
    {
        if (ReadStateByte(path) is { } now && now != value)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            file.Position = InvalidStateOffset;
            file.WriteByte(value);
            file.Flush(flushToDisk: true);
        }
    }
}
