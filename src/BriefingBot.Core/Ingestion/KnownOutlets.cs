namespace BriefingBot.Core.Ingestion;

/// <summary>Names of news agencies and of well-known news sites, to tell outlets apart from people and hosts.</summary>
internal static class KnownOutlets
{
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AFP"] = "AFP",
        ["Agence France-Presse"] = "AFP",
        ["Reuters"] = "Reuters",
        ["AP"] = "AP",
        ["Associated Press"] = "AP",
        ["The Associated Press"] = "AP",
        ["TASS"] = "TASS",
        ["Interfax"] = "Interfax",
        ["RIA Novosti"] = "RIA Novosti",
        ["Xinhua"] = "Xinhua",
        ["Bloomberg"] = "Bloomberg",
        ["UPI"] = "UPI",
        ["dpa"] = "dpa",
        ["EFE"] = "EFE",
        ["ANSA"] = "ANSA",
        ["PA"] = "PA",
        ["PA Media"] = "PA",
        ["Sputnik"] = "Sputnik",
    };

    private static readonly Dictionary<string, string> Hosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["themoscowtimes.com"] = "The Moscow Times",
        ["rt.com"] = "RT",
        ["reuters.com"] = "Reuters",
        ["apnews.com"] = "AP",
        ["afp.com"] = "AFP",
        ["tass.com"] = "TASS",
        ["nytimes.com"] = "The New York Times",
        ["washingtonpost.com"] = "The Washington Post",
        ["theguardian.com"] = "The Guardian",
        ["bbc.co.uk"] = "BBC",
        ["bbc.com"] = "BBC",
        ["cnn.com"] = "CNN",
        ["aljazeera.com"] = "Al Jazeera",
        ["bloomberg.com"] = "Bloomberg",
        ["ft.com"] = "Financial Times",
        ["wsj.com"] = "The Wall Street Journal",
        ["meduza.io"] = "Meduza",
    };

    // Shortened links say nothing about who published the article.
    private static readonly HashSet<string> Shorteners = new(StringComparer.OrdinalIgnoreCase)
    {
        "bit.ly", "tinyurl.com", "tinyl.io", "t.co", "goo.gl", "ow.ly", "buff.ly", "is.gd", "rebrand.ly", "tiny.cc",
    };

    public static IEnumerable<string> AgencyNames => Agencies.Keys;

    public static string? Agency(string name) =>
        Agencies.TryGetValue(name.Trim(), out var canonical) ? canonical : null;

    /// <summary>The outlet a host belongs to: a known name, else the host without "www."; null for link shorteners.</summary>
    public static string? FromHost(string host)
    {
        var bare = BareHost(host);
        return bare.Length == 0 || Shorteners.Contains(bare) ? null : Publication(host) ?? bare;
    }

    /// <summary>The name of a well-known news site the host belongs to; null for any other host.</summary>
    public static string? Publication(string host)
    {
        var bare = BareHost(host);
        foreach (var (knownHost, name) in Hosts)
        {
            if (bare == knownHost || bare.EndsWith("." + knownHost, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static string BareHost(string host)
    {
        var bare = host.Trim().TrimEnd('.').ToLowerInvariant();
        return bare.StartsWith("www.", StringComparison.Ordinal) ? bare[4..] : bare;
    }
}
