using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Core.Storage;

/// <summary>Normalises article URLs so the same page fetched twice (http/https, trailing slash, #fragment) matches one stored article.</summary>
internal static class UrlKey
{
    // LiteDB refuses index keys over 1023 bytes; longer keys are replaced by their hash, which matches just as well.
    private const int MaxKeyLength = 400;

    /// <summary>The match key for a URL, or null when there is no URL.</summary>
    public static string? Normalise(string? url)
    {
        var key = Simplify(url);
        if (key is null || Encoding.UTF8.GetByteCount(key) <= MaxKeyLength)
        {
            return key;
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string? Simplify(string? url)
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
