using System.Text;

namespace BriefingBot.Core.Ingestion;

/// <summary>Turns raw bytes into text, refusing input that is empty or not text at all.</summary>
internal static class InputDecoder
{
    // Text in a legacy 8-bit encoding has a few invalid UTF-8 bytes; a binary file has many.
    private const double MaxInvalidShare = 0.05;

    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new IngestException("The article is empty.");
        }

        if (bytes.Contains((byte)0))
        {
            throw BinaryInput();
        }

        var text = Lenient.GetString(bytes);
        var invalid = text.Count(c => c == '\uFFFD');
        if (invalid > text.Length * MaxInvalidShare)
        {
            throw BinaryInput();
        }

        return text.TrimStart('\uFEFF');
    }

    /// <summary>Checks text that arrived as a string: the same rules as for bytes, minus decoding.</summary>
    public static void Check(string text)
    {
        if (text.Length == 0)
        {
            throw new IngestException("The article is empty.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw BinaryInput();
        }
    }

    public static void RequireContent(string text)
    {
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            throw new IngestException("The article contains only whitespace.");
        }
    }

    public static IngestException TooLarge(int limit) =>
        new($"The article is larger than the {DescribeSize(limit)} limit.");

    public static string DescribeSize(int bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} MB",
        >= 1024 when bytes % 1024 == 0 => $"{bytes / 1024} KB",
        _ => $"{bytes} bytes",
    };

    private static IngestException BinaryInput() =>
        new("The input looks like a binary file, not text.");
}
