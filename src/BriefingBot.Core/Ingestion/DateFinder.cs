using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Reads publication dates from date lines ("4 Mar, 2021 14:16", "March 30, 2021", "2021-03-30", "Date: …") and URL paths.</summary>
internal static partial class DateFinder
{
    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date when the whole line is a date (optionally after a "Date:"/"Published" label); null otherwise.</summary>
    public static DateTimeOffset? FromDateLine(string line)
    {
        var match = LabelledLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim();
        return FromDayMonthYear(value) ?? FromMonthDayYear(value) ?? FromIso(value);
    }

    /// <summary>True for an "Updated: …" line: a date line that is not the publication date.</summary>
    public static bool IsUpdatedLine(string line) =>
        UpdatedLine().IsMatch(line);

    /// <summary>The date in a URL path like /2021/03/30/.</summary>
    public static DateTimeOffset? FromUrlPath(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlPathDate().Match(url);
        return match.Success
            ? Build(match.Groups["y"].Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["d"].Value, null, null)
            : null;
    }

    // SmartReader reports "no date" as DateTime.MinValue rather than null.
    public static DateTimeOffset? FromDateTime(DateTime? value) => value switch
    {
        null => null,
        { Year: < 1900 } => null,
        { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
        { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc), TimeSpan.Zero),
    };

    private static DateTimeOffset? FromDayMonthYear(string value)
    {
        var match = DayMonthYear().Match(value);
        return match.Success ? BuildNamed(match) : null;
    }

    private static DateTimeOffset? FromMonthDayYear(string value)
    {
        var match = MonthDayYear().Match(value);
        return match.Success ? BuildNamed(match) : null;
    }

    private static DateTimeOffset? FromIso(string value)
    {
        var match = IsoDate().Match(value);
        if (!match.Success)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        return Build(match.Groups["y"].Value, int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), match.Groups["d"].Value, null, null);
    }

    private static DateTimeOffset? BuildNamed(Match match)
    {
        var month = Array.IndexOf(MonthPrefixes, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        return month == 0
            ? null
            : Build(match.Groups["y"].Value, month, match.Groups["d"].Value, match.Groups["h"].Value, match.Groups["min"].Value);
    }

    private static DateTimeOffset? Build(string year, int month, string day, string? hour, string? minute)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var h = string.IsNullOrEmpty(hour) ? 0 : int.Parse(hour, CultureInfo.InvariantCulture);
        var m = string.IsNullOrEmpty(minute) ? 0 : int.Parse(minute, CultureInfo.InvariantCulture);
        if (y < 1900 || y > 2200 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month) || h > 23 || m > 59)
        {
            return null;
        }

        return new DateTimeOffset(y, month, d, h, m, 0, TimeSpan.Zero);
    }

    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Time = @"(?:(?:,\s*|\s+)(?:at\s+)?(?<h>\d{1,2}):(?<min>\d{2})(?:\s*(?:GMT|UTC|Z))?)?";

    [GeneratedRegex(@"^(?:(?:date|published|posted|published on|posted on|first published|publication date)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"^(?:last\s+)?updated\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLine();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<y>\d{4})" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("^" + Month + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>0[1-9]|1[0-2])/(?<d>0[1-9]|[12]\d|3[01])(?:/|$)")]
    private static partial Regex UrlPathDate();
}
