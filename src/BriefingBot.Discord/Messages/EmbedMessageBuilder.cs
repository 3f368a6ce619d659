namespace BriefingBot.Discord.Messages;

/// <summary>
/// Lays out a long answer as one embed per message, starting a new message whenever the next paragraph or field would
/// break a limit (4,096 description, 25 fields, 6,000 in all). Nothing is ever rejected: a paragraph longer than a
/// whole description is split between words, a field value is trimmed. The title goes on the first message, buttons
/// on the last.
/// </summary>
public sealed class EmbedMessageBuilder(int? color = null)
{
    private readonly List<EmbedBuilder> _embeds = [];
    private string? _title;
    private string? _url;

    /// <summary>Allowed embeds total per message, a little under Discord's 6,000 for safety against counting differences.</summary>
    public int Budget { get; init; } = DiscordLimits.EmbedTotal;

    public EmbedMessageBuilder WithTitle(string title, string? url = null)
    {
        _title = title;
        _url = url;
        return this;
    }

    /// <summary>Appends a paragraph to the current embed's description (blank line between paragraphs).</summary>
    public EmbedMessageBuilder AddParagraph(string text)
    {
        text = text.Trim();
        while (text.Length > 0)
        {
            var current = Current();
            var existing = current.Description;
            var separator = existing is null ? "" : "\n\n";
            var room = Math.Min(DiscordLimits.EmbedDescription - (existing?.Length ?? 0), Budget - current.Length) - separator.Length;
            if (current.FieldCount > 0 || room < Math.Min(text.Length, 200))
            {
                Next();
                continue;
            }

            var (head, rest) = SplitAt(text, room);
            current.WithDescription(existing + separator + head);
            text = rest;
        }

        return this;
    }

    /// <summary>Adds a field (name and value trimmed to their limits) to the current embed, or to a new message when it is full.</summary>
    public EmbedMessageBuilder AddField(string name, string value, bool? inline = null)
    {
        var field = EmbedBuilder.Field(name, value, inline);
        if (!Current().TryAddField(field, Budget))
        {
            Next().TryAddField(field, Budget);
        }

        return this;
    }

    /// <summary>The messages: one embed each, the title on the first, <paramref name="components"/> on the last.</summary>
    public IReadOnlyList<DiscordMessage> Build(IReadOnlyList<ActionRow>? components = null, MessageFlags? flags = null)
    {
        var embeds = _embeds.Where(e => !e.IsEmpty).ToList();
        if (embeds.Count == 0)
        {
            embeds.Add(new EmbedBuilder().WithDescription(_title ?? EmbedBuilder.ZeroWidth));
        }

        return embeds.Select((e, i) => new DiscordMessage
        {
            Embeds = [e.Build()],
            Components = i == embeds.Count - 1 && components is { Count: > 0 } ? components : null,
            Flags = flags,
        }).ToList();
    }

    private EmbedBuilder Current() => _embeds.Count == 0 ? Next() : _embeds[^1];

    private EmbedBuilder Next()
    {
        var embed = new EmbedBuilder().WithColor(color);
        if (_embeds.Count == 0 && _title is not null)
        {
            embed.WithTitle(_title).WithUrl(_url);
        }

        _embeds.Add(embed);
        return embed;
    }

    // Splits before max characters, at a paragraph, line or word break when there is one in the last quarter.
    private static (string Head, string Remainder) SplitAt(string text, int max)
    {
        if (text.Length <= max)
        {
            return (text, "");
        }

        var cut = max;
        foreach (var breaker in new[] { "\n\n", "\n", ". ", " " })
        {
            var at = text.LastIndexOf(breaker, max - 1, StringComparison.Ordinal);
            if (at > max * 3 / 4)
            {
                cut = at + (breaker == ". " ? 1 : 0);
                break;
            }
        }

        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return (text[..cut].TrimEnd(), text[cut..].TrimStart());
    }
}
