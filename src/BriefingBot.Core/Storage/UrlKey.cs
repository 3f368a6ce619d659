namespace BriefingBot.Core.Storage;

/// <summary>Normalises article URLs so the same page fetched twice (http/https, trailing slash, #fragment) matches one stored article.</summary>
internal static class UrlKey
{
    /// <summary>The match key for a URL, or null when there is no URL.</summary>
    public static string? Normalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            // The scheme is left out on purpose: http and https copies of a page are the same article.
            var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var path = uri.AbsolutePath.TrimEnd('/');
            return uri.Host.ToLowerInvariant() + port + path + uri.Query;
        }

        // Not a web address (a file name, say): only the fragment and trailing slashes are dropped.
        var hash = trimmed.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            trimmed = trimmed[..hash];
        }

        return trimmed.TrimEnd('/');
    }
}
