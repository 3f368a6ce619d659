namespace BriefingBot.Core.Answers;

/// <summary>What the engine answers: who is asked about, on what topic, quotes or a briefing, and which page.</summary>
/// <remarks>
/// Free text is read into one by <see cref="QuestionParser.Read"/>; chat commands with structured options build one directly,
/// and a "More" button stores one, so nothing is written out as English for the parser to read again.
/// </remarks>
/// <param name="Who">Whom the question asks about; null for a topic question ("what has been said about X").</param>
/// <param name="Topic">The topic words as the user wrote them (question words may be left in: they are dropped when analysed).</param>
/// <param name="Mode">Quotes, or a briefing (quotes plus article summaries).</param>
/// <param name="Limit">Quotes a page; null for the configured default.</param>
/// <param name="Offset">Quotes to skip (paging).</param>
public sealed record AnswerQuery(
    SpeakerAsk? Who,
    IReadOnlyList<string> Topic,
    AnswerMode Mode = AnswerMode.Quotes,
    int? Limit = null,
    int Offset = 0)
{
    /// <summary>The question as the user wrote it, when it came as free text (shown back in the answer).</summary>
    public string? Text { get; init; }

    public string TopicText => string.Join(' ', Topic);

    /// <summary>A topic question or briefing with no speaker.</summary>
    public static AnswerQuery About(string topic, AnswerMode mode = AnswerMode.Quotes) => new(null, SplitWords(topic), mode);

    /// <summary>Quotes from someone named (a person or an organisation), optionally on a topic.</summary>
    public static AnswerQuery From(string speakerName, string topic = "") =>
        new(new SpeakerAsk(speakerName, SpeakerAskKind.Name), SplitWords(topic));

    /// <summary>The same query for another page.</summary>
    public AnswerQuery Page(int offset, int? limit = null) => this with { Offset = Math.Max(0, offset), Limit = limit ?? Limit };

    private static string[] SplitWords(string text) =>
        (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
