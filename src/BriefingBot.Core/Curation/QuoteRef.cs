using System.Globalization;

namespace BriefingBot.Core.Curation;

/// <summary>A quote as moderators name it: a stored quote's id ("12"), or a preview's quote ("7.2": quote 2 of preview 7).</summary>
public readonly record struct QuoteRef(int Id, int? PreviewId)
{
    public bool InPreview => PreviewId is not null;

    /// <summary>Reads "12", "#12", "7.2"; null for anything else.</summary>
    public static QuoteRef? Parse(string? text)
    {
        var trimmed = (text ?? "").Trim().TrimStart('#');
        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            return Number(trimmed) is { } id ? new QuoteRef(id, null) : null;
        }

        return Number(trimmed[..dot]) is { } preview && Number(trimmed[(dot + 1)..]) is { } number ? new QuoteRef(number, preview) : null;
    }

    public override string ToString() => PreviewId is { } preview
        ? string.Create(CultureInfo.InvariantCulture, $"{preview}.{Id}")
        : Id.ToString(CultureInfo.InvariantCulture);

    private static int? Number(string text) =>
        text.Length is > 0 and <= 9 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
