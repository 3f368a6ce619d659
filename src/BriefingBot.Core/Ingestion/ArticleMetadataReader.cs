using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Finds the article's URL, outlet, author and date in its lines, and which lines only carried metadata.</summary>
internal static partial class ArticleMetadataReader
{
    private const int MaxSourceNameWords = 5;

    public static (ArticleMetadata Metadata, IReadOnlySet<int> ConsumedLines) Read(IReadOnlyList<SourceLine> lines)
    {
        var consumed = new HashSet<int>();
        string? url = null;
        string? author = null;
        string? bylineOutlet = null;
        string? sourcePublication = null;
        string? sourceOutlet = null;
        string? hostOutlet = null;
        string? datelineOutlet = null;
        string? relatedLinkOutlet = null;
        DateTimeOffset? published = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text;

            var label = UrlLabel().Match(line);
            if (label.Success)
            {
                var value = Unwrap(label.Groups["value"].Value);
                if (value.Length == 0 && i + 1 < lines.Count && AsWebUrl(Unwrap(lines[i + 1].Text)) is not null)
                {
                    // "Original url:" often has the link on the following line.
                    value = Unwrap(lines[i + 1].Text);
                    consumed.Add(i + 1);
                }

                if (AsWebUrl(value) is { } uri)
                {
                    url ??= value;
                    sourcePublication ??= KnownOutlets.Publication(uri.Host);
                    hostOutlet ??= KnownOutlets.FromHost(uri.Host);
                    consumed.Add(i);
                    continue;
                }

                if (value.Length == 0)
                {
                    consumed.Add(i);
                    continue;
                }

                if (label.Groups["label"].Value.Equals("source", StringComparison.OrdinalIgnoreCase)
                    && Whitespace.WordCount(value) <= MaxSourceNameWords && !value.EndsWith('.'))
                {
                    sourceOutlet ??= KnownOutlets.Agency(value) ?? value;
                    consumed.Add(i);
                    continue;
                }
            }

            if (DateFinder.FromDateLine(line) is { } date)
            {
                published ??= date;
                consumed.Add(i);
                continue;
            }

            if (DateFinder.IsUpdatedLine(line) && DateFinder.FromDateLine(UpdatedPrefix().Replace(line, "")) is not null)
            {
                consumed.Add(i);
                continue;
            }

            if (Byline.Parse(line) is { } byline)
            {
                author ??= byline.Author;
                bylineOutlet ??= byline.Outlet;
                consumed.Add(i);
                continue;
            }

            var alsoOn = AlsoOnHost().Match(line);
            if (alsoOn.Success)
            {
                // Left for the junk filter to drop; it only hints at the site the page was scraped from.
                relatedLinkOutlet ??= KnownOutlets.FromHost(alsoOn.Groups["host"].Value);
                continue;
            }

            datelineOutlet ??= DatelineAgency(line);
        }

        published ??= DateFinder.FromUrlPath(url);
        // A named publication in the article's own URL is where it was published (an agency story republished
        // there cites that site); otherwise an agency byline says more than a bare host name.
        // A bare host name is the last resort: a "Source:" line names the outlet as people know it.
        var outlet = sourcePublication ?? bylineOutlet ?? sourceOutlet ?? datelineOutlet ?? hostOutlet ?? relatedLinkOutlet;
        return (new ArticleMetadata(url, outlet, author, published), consumed);
    }

    /// <summary>The agency named in a dateline: "MOSCOW (Reuters) - …" or a paragraph ending "— AFP".</summary>
    private static string? DatelineAgency(string line)
    {
        var match = AgencyInParentheses().Match(line);
        if (match.Success && KnownOutlets.Agency(match.Groups["name"].Value) is { } opening)
        {
            return opening;
        }

        match = AgencyAtEnd().Match(line);
        return match.Success ? KnownOutlets.Agency(match.Groups["name"].Value) : null;
    }

    private static string Unwrap(string value) => value.Trim().TrimStart('<').TrimEnd('>').Trim();

    private static Uri? AsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    [GeneratedRegex(@"^(?<label>original\s+url|original\s+article|source\s+url|source|url|link|canonical\s+url|originally\s+published\s+at)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlLabel();

    [GeneratedRegex(@"^(?:last\s+)?updated\s*(?:on|at)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedPrefix();

    [GeneratedRegex(@"^also\s+on\s+(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoOnHost();

    [GeneratedRegex(@"^[\p{Lu}\s,.'’-]{2,60}(?:,\s*[\p{L}\d ]{1,20})?\s*\((?<name>[\p{L} .-]{2,25})\)\s*[-–—]")]
    private static partial Regex AgencyInParentheses();

    [GeneratedRegex(@"[-–—]\s*(?<name>[\p{L} .-]{2,25}?)\.?\s*$")]
    private static partial Regex AgencyAtEnd();
}
