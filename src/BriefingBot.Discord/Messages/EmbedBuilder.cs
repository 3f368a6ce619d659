namespace BriefingBot.Discord.Messages;

/// <summary>
/// Builds one embed within Discord's limits: every piece is trimmed to its own limit on the way in, fields stop at 25,
/// and <see cref="Length"/> tracks the characters that count towards the 6,000 of a message.
/// </summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private string? _title;
    private string? _description;
    private string? _url;
    private int? _color;
    private EmbedFooter? _footer;
    private EmbedAuthor? _author;

    public int Length =>
        (_title?.Length ?? 0) + (_description?.Length ?? 0) + (_footer?.Text.Length ?? 0) + (_author?.Name.Length ?? 0)
        + _fields.Sum(f => f.Name.Length + f.Value.Length);

    public int FieldCount => _fields.Count;

    public bool IsEmpty => _title is null && _description is null && _fields.Count == 0;

    public string? Description => _description;

    public EmbedBuilder WithTitle(string? title)
    {
        _title = Piece(title, DiscordLimits.EmbedTitle);
        return this;
    }

    public EmbedBuilder WithUrl(string? url)
    {
        _url = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
        return this;
    }

    public EmbedBuilder WithDescription(string? description)
    {
        _description = Piece(description, DiscordLimits.EmbedDescription);
        return this;
    }

    public EmbedBuilder WithColor(int? color)
    {
        _color = color;
        return this;
    }

    public EmbedBuilder WithFooter(string? text)
    {
        _footer = Piece(text, DiscordLimits.FooterText) is { } t ? new EmbedFooter(t) : null;
        return this;
    }

    public EmbedBuilder WithAuthor(string? name, string? url = null)
    {
        _author = Piece(name, DiscordLimits.AuthorName) is { } n ? new EmbedAuthor(n, url) : null;
        return this;
    }

    /// <summary>The field as it would be stored (name and value trimmed to their limits; empty ones become a zero-width space).</summary>
    public static EmbedField Field(string name, string value, bool? inline = null) =>
        new(Piece(name, DiscordLimits.FieldName) ?? ZeroWidth, Piece(value, DiscordLimits.FieldValue) ?? ZeroWidth, inline);

    /// <summary>Whether <paramref name="field"/> fits: fewer than 25 fields, and the total stays within <paramref name="budget"/>.</summary>
    public bool Fits(EmbedField field, int budget = DiscordLimits.EmbedTotal) =>
        _fields.Count < DiscordLimits.FieldsPerEmbed && Length + field.Name.Length + field.Value.Length <= budget;

    /// <summary>Adds a field; false (and nothing added) when it does not <see cref="Fits"/>.</summary>
    public bool TryAddField(EmbedField field, int budget = DiscordLimits.EmbedTotal)
    {
        if (!Fits(field, budget))
        {
            return false;
        }

        _fields.Add(field);
        return true;
    }

    public Embed Build() => new()
    {
        Title = _title,
        Description = _description,
        Url = _title is null ? null : _url,
        Color = _color,
        Footer = _footer,
        Author = _author,
        Fields = _fields.Count == 0 ? null : _fields.ToList(),
    };

    /// <summary>A zero-width space: Discord refuses empty field names and values.</summary>
    public const string ZeroWidth = "\u200b";

    private static string? Piece(string? text, int max) =>
        string.IsNullOrWhiteSpace(text) ? null : DiscordText.Truncate(text, max);
}
