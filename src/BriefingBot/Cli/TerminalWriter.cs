using System.Text;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli;

/// <summary>
/// Writes to the operator's terminal without the control characters and escape sequences a stored article or a question
/// might carry (stores from older builds were not cleaned at ingestion), so nothing printed can recolour, retitle or
/// reorder the terminal.
/// </summary>
public sealed class TerminalWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter takes null to mean the default; ours passes it on.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (!ControlCharacters.IsUnsafe(value))
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(value is null ? null : ControlCharacters.Strip(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(value is null ? null : ControlCharacters.Strip(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
