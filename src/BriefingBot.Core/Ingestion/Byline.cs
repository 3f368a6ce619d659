using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>A "By …" line split into the people who wrote the article and the agency or outlet named.</summary>
internal sealed partial record Byline(string? Author, string? Outlet)
{
    private const int MaxWords = 10;

    /// <summary>The byline when the whole line is one ("By Jane Doe", "By AFP", "by YCPress", "By Jane Doe, Reuters"); null otherwise.</summary>
    public static Byline? Parse(string line)
    {
        if (Whitespace.WordCount(line) > MaxWords)
        {
            return null;
        }

        var match = ByLine().Match(line);
        if (!match.Success)
        {
            return Credit(line);
        }

        var people = new List<string>();
        string? outlet = null;
        foreach (var part in Separators().Split(match.Groups["rest"].Value))
        {
            var name = part.Trim().TrimEnd('.', ',', ';');
            if (name.Length == 0)
            {
                continue;
            }

            if (KnownOutlets.Agency(name) is { } agency)
            {
                outlet ??= agency;
            }
            else if (PersonName().IsMatch(name))
            {
                people.Add(name);
            }
            else if (BrandName().IsMatch(name))
            {
                outlet ??= name;
            }
            else
            {
                // Anything else ("By the end of the year …") is a sentence, not a byline.
                return null;
            }
        }

        return people.Count == 0 && outlet is null
            ? null
            : new Byline(people.Count == 0 ? null : string.Join(" and ", people), outlet);
    }

    [GeneratedRegex(@"^(?:written\s+)?by:?\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    // "Jane Doe, The Associated Press": a writer's name and an agency, with no "By"; "Jane Doe, Morning Show producer".
    private static Byline? Credit(string line)
    {
        var credit = NameAndAgency().Match(line);
        if (!credit.Success || !PersonName().IsMatch(credit.Groups["name"].Value))
        {
            return null;
        }

        if (KnownOutlets.Agency(credit.Groups["agency"].Value) is { } agency)
        {
            return new Byline(credit.Groups["name"].Value, agency);
        }

        return WritersJob().IsMatch(credit.Groups["agency"].Value) ? new Byline(credit.Groups["name"].Value, null) : null;
    }

    [GeneratedRegex(@"^(?<name>[^,]{3,40}),\s*(?<agency>[^,]{2,30}?)\.?$")]
    private static partial Regex NameAndAgency();

    [GeneratedRegex(@"\b(?:reporter|correspondent|producer|writer|editor|columnist|contributor|journalist)$", RegexOptions.IgnoreCase)]
    private static partial Regex WritersJob();

    [GeneratedRegex(@"\s+and\s+|\s*[,|/•·]\s*|\s+[-–—]\s+|\s+for\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    // Two to four capitalised words (initials and particles allowed): "Jane Doe", "Aleksei A. Navalny", "Ursula von der Leyen".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:(?:von|van|der|de|del|da|di|le|la|bin|al)\s+)*\p{Lu}[\p{L}'’\-]*\.?){1,3}$")]
    private static partial Regex PersonName();

    // One word with at least two capitals, like "YCPress" or "NEWS": a brand, not a person.
    [GeneratedRegex(@"^(?=(?:\P{Lu}*\p{Lu}){2})[\p{L}\d&.\-]{2,30}$")]
    private static partial Regex BrandName();
}
