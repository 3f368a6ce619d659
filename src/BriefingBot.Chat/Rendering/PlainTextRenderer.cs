using System.Text;

namespace BriefingBot.Chat.Rendering;

/// <summary>Renders a reply as plain text: the console chat, and any platform's fallback when its markup is refused.</summary>
public static class PlainTextRenderer
{
    /// <summary>The reply's paragraphs, in order, each a self-contained piece of text (renderers may split between them).</summary>
    public static IReadOnlyList<string> Paragraphs(ChatReply reply) => reply.Blocks.Select(Paragraph).ToList();

    public static string Render(ChatReply reply)
    {
        var text = new StringBuilder(string.Join("\n\n", Paragraphs(reply)));
        foreach (var button in reply.Buttons)
        {
            text.Append("\n\n[").Append(button.Label).Append(']');
        }

        return text.ToString();
    }

    public static string Paragraph(ReplyBlock block) => block switch
    {
        TextBlock t => t.Text,
        ExcerptBlock e => $"{CitationFormat.Quoted(e.Text, e.Kind)}\n— {CitationFormat.Speaker(e.Speaker, e.SpeakerRole)}\n"
                          + (CitationFormat.Context(e.Text, e.Context) is { } context ? $"Context: {context}\n" : "")
                          + Source(e.Citation),
        SummaryBlock s => $"{s.Text}\n{Source(s.Citation)}",
        ItemBlock i => string.Join(" — ", new[] { i.Label, i.Detail, i.Url }.Where(x => !string.IsNullOrWhiteSpace(x))),
        _ => "",
    };

    private static string Source(Core.Answers.Citation citation) =>
        citation.Url is null ? CitationFormat.Source(citation) : $"{CitationFormat.Source(citation)} {citation.Url}";
}
