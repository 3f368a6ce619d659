namespace BriefingBot.Core.Extraction;

/// <summary>One quoted stretch of a paragraph: the marks' outer bounds and the content's bounds.</summary>
/// <param name="OuterStart">Where the opening mark stands (or the content starts, when it has none).</param>
/// <param name="Start">First character of the content.</param>
/// <param name="End">One past the content's last character.</param>
/// <param name="OuterEnd">One past the closing mark (or the content's end, when it has none).</param>
/// <param name="Opened">False when the stretch carries on from the previous paragraph without an opening mark.</param>
/// <param name="Closed">False when the paragraph ends before a closing mark.</param>
internal sealed record QuoteSpan(int OuterStart, int Start, int End, int OuterEnd, bool Opened, bool Closed);
