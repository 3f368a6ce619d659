using BriefingBot.Chat;
using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Answers;
using BriefingBot.Discord.Messages;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// Renders a platform-neutral reply for Discord: quotes as embed fields with the citation linked, text as the embed's
/// description, list items as lines, buttons in one row. Long replies become several messages, each within the limits;
/// errors become a short ephemeral text message.
/// </summary>
public sealed class DiscordReplyRenderer
{
    public const int Color = 0x2B6CB0;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An injected service: the reply channels hold one.")]
    public IReadOnlyList<DiscordMessage> Render(ChatReply reply)
    {
        if (reply.IsError)
        {
            // Escaped so an echoed "<@&123>" shows as text rather than a role (it could not ping either way).
            return [DiscordMessage.Text(DiscordText.Escape(PlainTextRenderer.Render(reply with { Buttons = [] })), ephemeral: true)];
        }

        var builder = new EmbedMessageBuilder(Color);
        var blocks = reply.Blocks.ToList();
        if (blocks.FirstOrDefault() is TextBlock { Role: TextRole.Heading } heading)
        {
            builder.WithTitle(heading.Text);
            blocks.RemoveAt(0);
        }

        var items = new List<string>();
        foreach (var block in blocks)
        {
            if (block is ItemBlock item)
            {
                items.Add(Item(item));
                continue;
            }

            Flush(builder, items);
            switch (block)
            {
                case TextBlock { Role: TextRole.Heading } t:
                    builder.AddParagraph($"**{DiscordText.Escape(t.Text)}**");
                    break;
                case TextBlock { Role: TextRole.Note } t:
                    builder.AddParagraph($"*{DiscordText.Escape(t.Text)}*");
                    break;
                case TextBlock t:
                    builder.AddParagraph(DiscordText.Escape(t.Text));
                    break;
                case ExcerptBlock e:
                    builder.AddField(DiscordText.Escape(CitationFormat.Speaker(e.Speaker, e.SpeakerRole)),
                        WithCitation(DiscordText.Escape(CitationFormat.Quoted(e.Text, e.Kind))
                            + (CitationFormat.Context(e.Text, e.Context) is { } context ? $"\n*Context: {DiscordText.Escape(context)}*" : ""), e.Citation));
                    break;
                case SummaryBlock s:
                    builder.AddField(DiscordText.Escape(s.Citation.Title.Length > 0 ? s.Citation.Title : "Summary"),
                        WithCitation(DiscordText.Escape(s.IsLead ? $"{s.Text} (opening)" : s.Text), s.Citation));
                    break;
            }
        }

        Flush(builder, items);
        return builder.Build(Buttons(reply.Buttons));
    }

    /// <summary>The row of buttons; payloads longer than a custom_id may be are left out rather than refused by Discord.</summary>
    public static IReadOnlyList<ActionRow>? Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        var usable = buttons.Where(b => b.Payload.Length is > 0 and <= DiscordLimits.CustomId)
            .Take(DiscordLimits.ButtonsPerRow)
            .Select(b => Button.Action(b.Label, b.Payload))
            .ToList();
        return usable.Count == 0 ? null : [new ActionRow(usable)];
    }

    /// <summary>
    /// "“quote”" then the linked citation on its own line; the quote is trimmed so the citation always survives the
    /// 1,024-character field limit.
    /// </summary>
    public static string WithCitation(string text, Citation citation)
    {
        var source = DiscordText.Link(CitationFormat.OutletAndDate(citation), citation.Url);
        if (source.Length > DiscordLimits.FieldValue / 2)
        {
            source = DiscordText.Escape(DiscordText.Truncate(CitationFormat.OutletAndDate(citation), 200));
        }

        var room = DiscordLimits.FieldValue - source.Length - 1;
        return DiscordText.Truncate(text, room) + "\n" + source;
    }

    private static string Item(ItemBlock item)
    {
        var label = item.Url is null ? $"**{DiscordText.Escape(item.Label)}**" : DiscordText.Link(item.Label, item.Url);
        return item.Detail is null ? label : $"{label} — {DiscordText.Escape(item.Detail)}";
    }

    private static void Flush(EmbedMessageBuilder builder, List<string> items)
    {
        if (items.Count > 0)
        {
            builder.AddParagraph(string.Join("\n", items));
            items.Clear();
        }
    }
}
