using System.Text;

namespace BriefingBot.Control;

/// <summary>Writes the UTF-8 payloads of output frames to a text writer, keeping a character split between two frames whole.</summary>
internal sealed class FrameTextDecoder(TextWriter writer)
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    public void Write(byte[] bytes) => Decode(bytes, flush: false);

    public void Flush()
    {
        Decode([], flush: true);
        writer.Flush();
    }

    private void Decode(byte[] bytes, bool flush)
    {
        var chars = new char[_decoder.GetCharCount(bytes, flush)];
        var count = _decoder.GetChars(bytes, chars, flush);
        writer.Write(chars, 0, count);
    }
}
