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

    /// <summary>Where LiteDB keeps the log of the data file at <paramref name="path"/> ("name-log.ext").</summary>
    public static string LogPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    /// <summary>True when the file is missing or empty (LiteDB creates it) or starts with a LiteDB 5 header page.</summary>
    public static bool IsMissingOrLiteDb(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return true;
        }

        if (info.Length < PageSize)
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
}
